// Dates on screens carry their weekday, and 設定 can show them in 和暦; letters keep their own setting.
import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'

test('the request page shows dates with the weekday, in 和暦 once 設定 asks for it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  const received = page.getByText('受付日', { exact: true }).locator('xpath=following-sibling::dd')
  await expect(received).toHaveText('2026/11/25(水)')
  const requestUrl = page.url()

  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  await page.getByLabel('画面の日付').selectOption({ label: '和暦(R8.11.25(水))' })
  await page.getByRole('button', { name: '設定を保存', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '設定を保存しました。' })).toBeVisible()

  await page.goto(requestUrl)
  await expect(received).toHaveText('R8.11.25(水)')
  await expect(page.getByText('目標日', { exact: true }).locator('xpath=following-sibling::dd')).toContainText(
    'R8.12.9(水)'
  )
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(
    page.getByRole('table', { name: '受付簿' }).getByRole('row').filter({ hasText: '2026-0001' })
  ).toContainText('R8.11.25(水)')
})
