import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'
import { openRequest, seedRequest, shot } from './workflow-helpers'

test.use({ viewport: { width: 1366, height: 768 } })

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
})

test('a typo in the name is corrected from the request page and the history shows before and after', async ({
  page
}) => {
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: '山田 太朗', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await page.getByRole('link', { name: '受付内容を修正' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '受付内容を修正(2026-0001)' })).toBeVisible()
  const name = page.getByRole('textbox', { name: '氏名', exact: true })
  await expect(name).toHaveValue('山田 太朗')
  await expect(page.getByRole('textbox', { name: '生年月日' })).toHaveValue('1980-04-01')
  await name.fill('山田 太郎')
  await page.getByRole('button', { name: '修正を保存' }).click()

  await expect(page.getByRole('status').filter({ hasText: '受付内容を修正しました' })).toBeVisible()
  await expect(page.getByRole('region', { name: '受付内容' })).toContainText('山田 太郎')
  const history = page.getByRole('region', { name: '履歴' })
  await expect(history).toContainText('受付内容を修正(氏名)')
  await expect(history).toContainText('氏名: 山田 太朗 → 山田 太郎')
  await shot(page, 'request-corrected')
})

test('once a decision exists, a correction asks for its reason and keeps it in the history', async ({ page }) => {
  const seeded = await seedRequest(page, { name: '決定 済子', receivedOn: '2026-11-20', step: 'awaitingApproval' })
  await openRequest(page, seeded.receiptNo)
  await page.getByRole('link', { name: '受付内容を修正' }).click()
  await page.getByRole('textbox', { name: '電話番号' }).first().fill('０９０ー１２３４ー５６７８')
  await page.getByRole('button', { name: '修正を保存' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '修正の理由を入力してください' })).toBeVisible()
  await expect(page.getByRole('button', { name: '修正を保存' })).toBeEnabled()
  await page.getByRole('textbox', { name: '修正の理由' }).fill('電話番号の聞き違い(本人に確認)')
  await page.getByRole('button', { name: '修正を保存' }).click()
  const history = page.getByRole('region', { name: '履歴' })
  await expect(history).toContainText('電話番号: (空欄) → 090-1234-5678')
  await expect(history).toContainText('修正の理由: 電話番号の聞き違い(本人に確認)')
})
