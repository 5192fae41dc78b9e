// Phase 1, on a freshly installed PC: the first manager, an intake, a letter saved as PDF through main, and a restart.
/// <reference types="node" />
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { fillDisclosureIntake } from '../e2e/helpers'
import {
  MANAGER,
  answerSaveDialog,
  appVersion,
  expectMachineWideData,
  launchApp,
  lockFile,
  loginAsManager
} from './app'

test('the installed app registers a manager, saves an intake and a PDF letter, and keeps them over a restart', async () => {
  const { app, page } = await launchApp()
  if (process.env.EXPECTED_VERSION) expect(await appVersion(app)).toBe(process.env.EXPECTED_VERSION)

  await expect(page.getByRole('heading', { name: 'はじめに管理者を登録してください' })).toBeVisible({ timeout: 60_000 })
  await page.getByRole('textbox', { name: '氏名(表示名)' }).fill(MANAGER.name)
  await page.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(MANAGER.pin)
  await page.getByRole('textbox', { name: 'PIN(確認)' }).fill(MANAGER.pin)
  await page.getByRole('button', { name: '登録して始める' }).click()
  // The 復旧コード sheet for the clinic's safe comes once, before the register opens.
  await page.getByRole('button', { name: '印刷して保管しました' }).click()
  await expect(page.getByRole('heading', { name: '受付簿' })).toBeVisible()
  expect(existsSync(lockFile()), 'the register lock is held while the app runs').toBe(true)

  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText(/受付番号 \d{4}-0001 で登録しました/u)).toBeVisible()

  // Documents missing at the counter: the request letter for them is printed to PDF by main and read back.
  const panel = page.getByRole('region', { name: '対応' })
  await panel.getByRole('radio', { name: /^不備あり/u }).check()
  await panel.getByRole('button', { name: '本人確認を記録' }).click()
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).first().click()
  const pdfPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'kaiji-pdf-')), 'letter.pdf')
  await answerSaveDialog(app, pdfPath)
  await page.getByRole('button', { name: 'PDFに保存して発行' }).click()
  await expect(page.getByRole('status')).toContainText('で発行しました')
  const pdf = readFileSync(pdfPath)
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF')
  expect(pdf.byteLength).toBeGreaterThan(10_000)

  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByRole('link', { name: /\d{4}-0001/u })).toBeVisible()
  await app.close()
  expect(existsSync(lockFile()), 'the register lock is released on quit').toBe(false)
  expectMachineWideData()

  const again = await launchApp()
  await loginAsManager(again.page)
  await expect(again.page.getByRole('link', { name: /\d{4}-0001/u })).toBeVisible()
  await again.app.close()
})
