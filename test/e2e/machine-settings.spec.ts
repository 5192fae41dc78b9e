// 設定 as it looks in the desktop app, with main's answer about the PC's folders given by a stand-in preload API.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import type { MachineSettings } from '../../src/shared/machinePolicy'
import { withDesktopApi } from './desktop-api'
import { startAsFirstManager } from './helpers'

const SETTINGS: MachineSettings = {
  policyFile: 'C:\\ProgramData\\KaijiUketsukebo\\policy.json',
  values: {
    dataDir: 'C:\\ProgramData\\KaijiUketsukebo\\data',
    backupDir: '\\\\nas01\\backup\\KaijiUketsukebo',
    backupIntervalMinutes: 30,
    keepHourlyHours: 48,
    keepDailyDays: 30,
    keepMonthlyMonths: 24
  },
  fromPolicy: ['backupDir', 'backupIntervalMinutes']
}

async function openSettings(page: Page) {
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
}

test('設定 shows the PC’s data and backup folders and marks the values IT’s policy fixed', async ({ page }) => {
  test.slow() // axe runs over the section
  await withDesktopApi(page, { settings: SETTINGS })
  await openSettings(page)
  const table = page.getByRole('table')
  await expect(page.getByRole('heading', { name: 'この PC の保存場所とバックアップ' })).toBeVisible()
  const row = (name: string) => table.getByRole('row', { name: new RegExp(name) })
  await expect(row('バックアップの保存先')).toContainText('\\\\nas01\\backup\\KaijiUketsukebo')
  await expect(row('バックアップの保存先')).toContainText('IT のポリシーで設定されています')
  await expect(row('自動バックアップの間隔')).toContainText('30 分ごと')
  await expect(row('自動バックアップの間隔')).toContainText('IT のポリシーで設定されています')
  await expect(row('受付簿のデータフォルダー')).toContainText('C:\\ProgramData\\KaijiUketsukebo\\data')
  await expect(row('受付簿のデータフォルダー')).toContainText('既定値')
  await expect(page.getByText('C:\\ProgramData\\KaijiUketsukebo\\policy.json')).toBeVisible()
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="machine-settings-title"]').analyze()
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
  if (process.env.SCREENSHOT_DIR) {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.getByRole('heading', { name: 'この PC の保存場所とバックアップ' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/machine-settings.png` })
  }
})

test('設定 says in Japanese what to do when main cannot tell the folders', async ({ page }) => {
  await withDesktopApi(page, { settingsError: '応答がありません' })
  await openSettings(page)
  await expect(page.getByRole('alert')).toContainText(
    '保存場所の設定を読み込めませんでした。アプリを再起動してください。'
  )
  await expect(page.getByRole('button', { name: '設定を保存', exact: true })).toBeEnabled()
})

test('a plain browser shows no machine folders', async ({ page }) => {
  await openSettings(page)
  await expect(page.getByRole('button', { name: '設定を保存', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'この PC の保存場所とバックアップ' })).toHaveCount(0)
})
