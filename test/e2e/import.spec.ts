// Bringing the old ledger in, as a manager would: choose the Shift_JIS CSV Excel saved, check the guessed column
// mapping, see the bad row's errors in Japanese, leave it out, import with a progress bar, find the rows.
import { expect, test } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import { NOW } from './letter-helpers'

test('a Shift_JIS ledger is mapped, checked row by row, and imported only once its bad row is left out', async ({
  page
}) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '台帳の取込' }).click()
  await page.getByLabel('台帳ファイル(CSV・Excel)').setInputFiles('test/fixtures/import/ledger-sjis.csv')
  await expect(page.getByRole('status', { name: '読み込んだ台帳' })).toContainText('(Shift_JIS)から 5行')
  await expect(page.getByRole('combobox', { name: '受付日(必須)' })).toHaveValue('1')
  await expect(page.getByRole('combobox', { name: '台帳の受付番号' })).toHaveValue('0')

  const errors = page.getByRole('table', { name: '誤りのある行' })
  await expect(errors).toContainText('6行目')
  await expect(errors).toContainText('受付日を選ぶか、2026-11-25 のように入力してください')
  await expect(errors).toContainText('請求の種類「何かの請求」が分かりません')
  const importButton = page.getByRole('button', { name: '4件を取り込む' })
  await expect(importButton).toBeDisabled()

  await page.getByRole('checkbox', { name: '6行目を除外' }).check()
  await importButton.click()
  await expect(page.getByRole('status')).toContainText('4件を取り込みました。')
  await expect(page.getByRole('progressbar', { name: '取込の進み具合' })).toHaveAttribute('value', '4')

  await page.getByRole('link', { name: '受付簿を開く' }).click()
  const table = page.getByRole('table', { name: '受付簿' })
  await expect(table.getByRole('row').filter({ hasText: '2024-0001' })).toContainText('完了')
  await expect(table.getByRole('row').filter({ hasText: '2025-0002' })).toBeVisible()
  await table.getByRole('link', { name: '2024-0001' }).click()
  await expect(page.getByRole('table').filter({ hasText: '操作' })).toContainText(
    '一括取込 2024-0001(台帳の番号 R6-001)'
  )
})

test('an .xlsx ledger reads the same rows, with Excel date cells', async ({ page }) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '台帳の取込' }).click()
  await page.getByLabel('台帳ファイル(CSV・Excel)').setInputFiles('test/fixtures/import/ledger.xlsx')
  // exceljs loads on first use (a large chunk kept out of the app's start).
  await expect(page.getByRole('status', { name: '読み込んだ台帳' })).toContainText('(xlsx)から 5行', {
    timeout: 60_000
  })
  await expect(page.getByText('取り込める行 4件 / 誤りのある行 1件')).toBeVisible()
})
