import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'

test('a disclosure request taken at the counter is in the register, survives a reload and is found by hiragana', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()

  await expect(page.getByRole('status')).toContainText('受付番号 2026-0001 で登録しました')
  await expect(page.getByRole('heading', { name: '2026-0001 保有個人データの開示' })).toBeVisible()

  await page.getByRole('link', { name: '受付簿に戻る' }).click()
  const table = page.getByRole('table', { name: '受付簿' })
  await expect(table.getByRole('row').filter({ hasText: '2026-0001' })).toContainText('山田 ○○')
  await expect(table.getByRole('row').filter({ hasText: '2026-0001' })).toContainText('残り14日')

  await page.reload()
  await page.getByRole('radio', { name: '佐藤 管理' }).check()
  await page.getByLabel('PIN').fill('2468')
  await page.getByRole('button', { name: 'ログイン' }).click()
  await page.getByLabel('検索(受付番号・氏名・フリガナ・診察券番号・電話・代理人)').fill('やまだ')
  await expect(page.getByText('1件', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: '2026-0001' }).click()
  const history = page.getByRole('table').filter({ hasText: '操作' })
  await expect(history).toContainText('受付 2026-0001')
  await expect(history).toContainText('佐藤 管理')
})
