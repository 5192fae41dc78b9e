import { expect, test, type Page } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'

/** The IndexedDB tables as someone with access to the profile could change them, bypassing the app. */
interface Tables {
  requests: { toArray: () => Promise<{ receiptNo: string; person: object }[]>; put: (r: unknown) => Promise<unknown> }
  audit: {
    toArray: () => Promise<{ id: string; deviceSeq: number; summary: string }[]>
    put: (e: unknown) => Promise<unknown>
    delete: (id: string) => Promise<void>
  }
}

async function behindTheApp(page: Page, change: string, arg = 0): Promise<void> {
  await page.evaluate(
    async ([what, n]) => {
      const { db } = (globalThis as unknown as { __register: { ctx: { db: Tables } } }).__register.ctx
      const entries = (await db.audit.toArray()).sort((a, b) => a.deviceSeq - b.deviceSeq)
      if (what === 'editEntry') {
        const first = entries[0]
        if (first) await db.audit.put({ ...first, summary: '書き換えた記録' })
      }
      if (what === 'editRow') {
        const row = (await db.requests.toArray()).find((r) => r.receiptNo === '2026-0002')
        if (row) await db.requests.put({ ...row, person: { ...row.person, address: '書き換えた住所' } })
      }
      if (what === 'deleteEntry') {
        const entry = entries.find((e) => e.deviceSeq === n)
        if (entry) await db.audit.delete(entry.id)
      }
      if (what === 'deleteNewest') for (const e of entries.filter((x) => x.deviceSeq >= n)) await db.audit.delete(e.id)
    },
    [change, arg] as const
  )
}

async function registerTwo(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  for (const [name, kana] of [
    ['山田 太郎', 'ヤマダ タロウ'],
    ['鈴木 花子', 'スズキ ハナコ']
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
    await fillDisclosureIntake(page, { name, kana, birth: '1980-04-01' })
    await page.getByRole('button', { name: '受付を登録' }).click()
    await expect(page.getByRole('status')).toContainText('2026-000')
  }
  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
}

const verify = (page: Page) => page.getByRole('button', { name: '改ざんがないか検証する' }).click()

test('a manager verifies the audit trail, and an entry edited behind the app is detected', async ({ page }, info) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await registerTwo(page)
  await expect(page.getByRole('table')).toContainText('受付 2026-0001')
  await expect(page.getByRole('table')).toContainText('受付番号 2026-0001 を採番')
  await verify(page)
  await expect(page.getByRole('status')).toContainText('改ざん・削除は見つかりませんでした')
  // The check ran in its worker (db/verifyWorker.ts), not in the window's thread.
  await expect(page.getByRole('status')).toHaveAttribute('data-ran-in', 'worker')
  await page.screenshot({ path: info.outputPath('audit-1366.png') })

  await behindTheApp(page, 'editEntry')
  await page.getByRole('button', { name: '最初からすべて検証する' }).click()
  await expect(page.getByRole('alert')).toContainText('1件の問題が見つかりました')
  await expect(page.getByRole('alert')).toContainText('1番の内容がハッシュと一致しません')
  await page.screenshot({ path: info.outputPath('audit-problem-1366.png') })
})

test('a request row edited behind the app is named by its 受付番号', async ({ page }) => {
  await registerTwo(page)
  await behindTheApp(page, 'editRow')
  await verify(page)
  await expect(page.getByRole('alert')).toContainText('受付番号 2026-0002 の請求がアプリの外で書き換えられています')
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('alert')).toHaveAttribute('data-ran-in', 'worker')
})

test('a deleted middle entry is one problem named by its number', async ({ page }) => {
  await registerTwo(page)
  await behindTheApp(page, 'deleteEntry', 4)
  await verify(page)
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(['4番が削除されています。'])
})

test('deleting the newest entries is found against the anchored head: 「N番以降が削除されています」', async ({
  page
}) => {
  await registerTwo(page)
  await behindTheApp(page, 'deleteNewest', 3)
  await verify(page)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('3番以降が削除されています(控えでは 8番まであります)')
  // The deleted entries took the second request's creation with them: its row is named as unrecorded.
  await expect(alert).toContainText('受付番号 2026-0002 の請求には監査記録がありません')
})

test('a second check reads only entries written since the last clean one, and still finds an edited row', async ({
  page
}, info) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await registerTwo(page)
  await verify(page)
  const status = page.getByRole('status')
  await expect(status).toContainText('すべての記録を最初から検証しました')
  const firstCount = Number(/監査記録 (\d+)件/.exec((await status.textContent()) ?? '')?.[1])
  expect(firstCount).toBeGreaterThan(4)

  await verify(page)
  await expect(status).toContainText('それ以降の記録と、すべての請求の行を検証しました')
  const secondCount = Number(/監査記録 (\d+)件/.exec((await status.textContent()) ?? '')?.[1])
  expect(secondCount).toBeLessThan(firstCount)
  await page.screenshot({ path: info.outputPath('audit-quick-1366.png') })

  await behindTheApp(page, 'editRow')
  await verify(page)
  await expect(page.getByRole('alert')).toContainText('受付番号 2026-0002 の請求がアプリの外で書き換えられています')
})
