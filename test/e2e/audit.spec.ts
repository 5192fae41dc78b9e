import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'

test('a manager verifies the audit trail, and an entry edited behind the app is detected', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('status')).toContainText('2026-0001')

  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await expect(page.getByRole('table')).toContainText('受付 2026-0001')
  await expect(page.getByRole('table')).toContainText('受付番号 2026-0001 を採番')
  await page.getByRole('button', { name: '改ざんがないか検証する' }).click()
  await expect(page.getByRole('status')).toContainText('改ざん・削除は見つかりませんでした')

  // Someone edits the stored entry directly, bypassing the app.
  await page.evaluate(async () => {
    const { ctx } = (
      globalThis as unknown as {
        __register: {
          ctx: {
            db: { audit: { toArray: () => Promise<{ summary: string }[]>; put: (e: unknown) => Promise<unknown> } }
          }
        }
      }
    ).__register
    const [first] = await ctx.db.audit.toArray()
    if (first) await ctx.db.audit.put({ ...first, summary: '書き換えた記録' })
  })
  await page.getByRole('button', { name: '改ざんがないか検証する' }).click()
  await expect(page.getByRole('alert')).toContainText('問題が見つかりました')
})
