import { expect, test, type Page } from '@playwright/test'
import { fillDisclosureIntake, MANAGER, startAsFirstManager } from './helpers'
import { openRequest, seedRequest, shot, statusValue, workflowPanel } from './workflow-helpers'

test('holding, resuming and extending a request keep a visible history while the 受付+14日 mark stays put', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  const { receiptNo } = await seedRequest(page, { name: '保留 太郎', receivedOn: '2026-11-20', step: 'received' })
  await openRequest(page, receiptNo)
  const panel = workflowPanel(page)
  const marks = panel.getByRole('region', { name: '期限と保留' })
  await expect(marks).toContainText('法定の目安(受付+14日・個人情報保護法39条)2026/12/04(金)')

  await panel.getByRole('button', { name: '保留', exact: true }).click()
  await panel.getByRole('button', { name: '保留を記録' }).click()
  await expect(panel.getByText('保留の理由を入力してください')).toBeVisible()
  await panel.getByRole('textbox', { name: '保留の理由' }).fill('委任状の原本を郵送で待つ')
  await panel.getByRole('button', { name: '保留を記録' }).click()
  await expect(statusValue(page)).toHaveText('保留')
  const history = panel.getByRole('table', { name: '保留・延長・差戻し・終了の記録' })
  await expect(history.getByRole('row').filter({ hasText: '委任状の原本を郵送で待つ' })).toContainText(MANAGER.name)
  await expect(marks).toContainText('2026/12/04(金)')

  await panel.getByRole('button', { name: '保留解除' }).click()
  await expect(statusValue(page)).toHaveText('受付')
  await expect(history.getByRole('row').filter({ hasText: '保留解除' })).toContainText(MANAGER.name)

  // An earlier date is refused by the state machine, and its Japanese message is shown.
  await panel.getByRole('button', { name: '目標日の延長' }).click()
  await panel.getByLabel('延長後の目標日').fill('2026-12-01')
  await panel.getByRole('textbox', { name: '延長の理由' }).fill('カルテの保管先が院外倉庫のため')
  await panel.getByRole('button', { name: '延長を記録' }).click()
  await expect(panel.getByRole('alert')).toHaveText('延長後の目標日は現在の目標日より後の日付にしてください。')
  await panel.getByLabel('延長後の目標日').fill('2026-12-18')
  await panel.getByRole('button', { name: '延長を記録' }).click()
  await expect(history.getByRole('row').filter({ hasText: '目標日の延長' })).toContainText(
    '2026/12/04(金) → 2026/12/18(金)'
  )
  await expect(history.getByRole('row').filter({ hasText: '目標日の延長' })).toContainText(
    'カルテの保管先が院外倉庫のため'
  )
  await expect(marks).toContainText('目標日(院内)2026/12/18(金)')
  await expect(marks).toContainText('法定の目安(受付+14日・個人情報保護法39条)2026/12/04(金)')
  await expect(history.getByRole('row')).toHaveCount(4)
  await shot(page, 'workflow-holds')
})

test('after the idle minutes with no activity the personal data is hidden behind the PIN screen, and the PIN brings it back', async ({
  page
}) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00+09:00') })
  await startAsFirstManager(page)
  const { receiptNo } = await seedRequest(page, { name: '山田 花子', receivedOn: '2026-11-24', step: 'received' })
  await openRequest(page, receiptNo)
  await expect(page.getByText('山田 花子')).toBeVisible()

  await page.clock.fastForward('04:00')
  await expect(page.getByText('山田 花子')).toBeVisible()
  await page.clock.fastForward('01:01')
  await expect(page.getByText('画面をロックしました')).toBeVisible()
  await expect(page.getByText('山田')).toHaveCount(0)
  await expect(page.getByText(receiptNo)).toHaveCount(0)

  await page.getByLabel('PIN').fill(MANAGER.pin)
  await page.getByRole('button', { name: 'ログイン' }).click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(receiptNo) })).toBeVisible()
  await expect(page.getByText('山田 花子')).toBeVisible()
})

/** Takes a disclosure request through the intake screen, received today (the clock's day). */
async function intakeToday(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name, kana: 'レンキュウ', birth: '1970-01-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText(/受付番号 \d{4}-\d{4} で登録しました/)).toBeVisible()
}

test('with 営業日 chosen in 設定, a request received before Golden Week gets a target that skips the holidays and closed dates', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-04-30T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  await page.getByRole('combobox', { name: '日数の数え方' }).selectOption({ label: '営業日(祝日・休診日を除く)' })
  await page.getByRole('button', { name: '2026年末〜2027年始(12/29〜1/3)を追加' }).click()
  await expect(page.getByRole('button', { name: '2026/12/29(火) を休診日から削除' })).toBeVisible()
  await expect(page.getByRole('button', { name: '2027/01/03(日) を休診日から削除' })).toBeVisible()
  await shot(page, 'settings-closed-dates')
  await page.getByRole('button', { name: '設定を保存', exact: true }).click()
  await expect(page.getByText('設定を保存しました。')).toBeVisible()

  // 5/3–5/6 are public holidays (5/6 振替休日) and Sundays are closed by default: 14 business days end on 5/20.
  await intakeToday(page, '連休 一郎')
  const marks = workflowPanel(page).getByRole('region', { name: '期限と保留' })
  await expect(marks).toContainText('目標日(院内)2026/05/20(水)')
  await expect(marks).toContainText('法定の目安(受付+14日・個人情報保護法39条)2026/05/14(木)')

  // A closed date added in 設定 moves the next request's target one more day.
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  // The first backup after opening can re-render 設定 while the date is typed; type it again if it was lost.
  await expect(async () => {
    await page.getByLabel('休診日を追加').fill('2026-05-01')
    await page.getByRole('button', { name: '追加', exact: true }).click()
    await expect(page.getByRole('button', { name: '2026/05/01(金) を休診日から削除' })).toBeVisible({ timeout: 1000 })
  }).toPass()
  await page.getByRole('button', { name: '設定を保存', exact: true }).click()
  await expect(page.getByText('設定を保存しました。')).toBeVisible()
  await expect(page.getByRole('button', { name: '2026/05/01(金) を休診日から削除' })).toBeVisible()
  await intakeToday(page, '連休 二郎')
  await expect(marks).toContainText('目標日(院内)2026/05/21(木)')
})
