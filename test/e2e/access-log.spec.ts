import { expect, test } from '@playwright/test'
import { MANAGER, RECEPTION, startAsFirstManager } from './helpers'
import { openRequestPage } from './letter-helpers'
import { seedKindRequest } from './records-helpers'
import { addReceptionInSettings, switchTo } from './workflow-helpers'

test('opening a request, locking and unlocking are in the audit trail, and 監査記録 shows who opened a request', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await addReceptionInSettings(page)
  const r = await seedKindRequest(page, { name: '閲覧 太郎', receivedOn: '2026-11-24', kind: 'disclosure' })
  await switchTo(page, RECEPTION)
  await openRequestPage(page, r.id)
  // The request's own history lists changes, not views.
  await expect(page.getByRole('table').filter({ hasText: '操作' })).not.toContainText('を閲覧')
  await switchTo(page, MANAGER)

  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  const recent = page.getByRole('table').filter({ hasText: '番号' })
  await expect(recent).toContainText(`${r.receiptNo} を閲覧`)
  await expect(recent).toContainText(`${RECEPTION.name} の画面をロック`)
  await expect(recent).toContainText(`${MANAGER.name} がロックを解除`)

  const search = page.getByRole('form', { name: '閲覧者の検索' })
  await search.getByRole('textbox', { name: '受付番号' }).fill(r.receiptNo)
  await search.getByRole('button', { name: '閲覧した職員を表示' }).click()
  await expect(page.getByRole('table', { name: `${r.receiptNo} の閲覧記録` }).getByRole('row')).toHaveText([
    '日時職員',
    `2026/11/25 10:00:00${RECEPTION.name}`,
    // The manager unlocked onto the same page: that is an opening too.
    `2026/11/25 10:00:00${MANAGER.name}`
  ])
  await search.getByRole('textbox', { name: '受付番号' }).fill('2026-9999')
  await search.getByRole('button', { name: '閲覧した職員を表示' }).click()
  await expect(page.getByRole('alert')).toHaveText('受付番号 2026-9999 の請求は見つかりません。')
  await page.getByRole('button', { name: '改ざんがないか検証する' }).click()
  await expect(page.getByRole('status')).toContainText('改ざん・削除は見つかりませんでした')
})
