// The retention purge in 設定: a manager sees what is past the period, confirms, and the app backs up first, then
// deletes; the register forgets those requests and past monthly logs still count them.
import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'
import type { RegisterHooks } from './registerHooks'

test('a manager deletes requests past the retention period after an automatic backup; past months still count them', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2020-04-01T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('status')).toContainText('受付番号 2020-0001 で登録しました')
  // Withdrawn the same day, through the app's own repositories.
  await page.evaluate(async () => {
    const r = (globalThis as unknown as { __register: RegisterHooks }).__register
    const [manager] = await r.listStaff(r.ctx)
    if (!manager) throw new Error('no manager')
    const { rows } = await (
      r as unknown as { registerStore: (c: unknown) => { load: () => Promise<{ rows: { id: string }[] }> } }
    )
      .registerStore(r.ctx)
      .load()
    const id = rows[0]?.id ?? ''
    await r.applyRequestEvent(r.ctx, manager, id, { type: 'withdraw', reason: '電話で取下げの申出' })
  })

  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await page.goto('/#/settings')
  const panel = page.getByRole('region', { name: '保存期間を過ぎた請求の削除' })
  await expect(panel).toContainText('対象: 1件')
  await expect(panel.getByRole('table', { name: '削除の対象' }).getByRole('row', { name: /2020-0001/ })).toContainText(
    '2020/04/01(水)'
  )
  const purge = panel.getByRole('button', { name: 'バックアップしてから削除する' })
  await expect(purge).toBeDisabled()
  await panel.getByRole('checkbox', { name: /上の1件を削除することを確認しました/ }).check()
  await purge.click()
  await expect(panel.getByRole('status').filter({ hasText: '1 件を削除しました(2020-0001)' })).toBeVisible()
  await expect(panel).toContainText('保存期間を過ぎた請求はありません')
  // The backup taken first shows as the last success.
  await expect(page.getByRole('region', { name: 'バックアップと復元' })).toContainText(
    '最後に成功したバックアップ: 2026/11/25 10:00'
  )

  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByText('該当する請求はありません')).toBeVisible()

  await page.getByRole('navigation').getByRole('link', { name: '月次処理簿' }).click()
  await page.getByLabel('対象月').fill('2020-04')
  await expect(page.getByRole('group', { name: '当月の件数と日数' })).toContainText(
    '保存期間の経過で削除した請求1件(対象件数には含みません。うち当月受付1件)'
  )
})
