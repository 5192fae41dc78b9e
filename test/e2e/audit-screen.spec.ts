// The 監査記録 screen as a manager uses it: paging through the trail, filtering it, opening a request from an
// entry and saving the filtered range as CSV (itself recorded).
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import type { RegisterHooks as Hooks } from './registerHooks'

/** 60 requests through the app's own repositories: 120 entries (採番 and 受付), received 11/20–11/24. */
async function seedSixty(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const r = (globalThis as unknown as { __register: Hooks }).__register
    const [manager] = await r.listStaff(r.ctx)
    if (!manager) throw new Error('no manager')
    const blank = { postalCode: '', address: '', phone: '', email: '' }
    const rule = { days: 14, mode: 'calendar', closedWeekdays: [], closedDates: [] }
    for (let n = 1; n <= 60; n++) {
      await r.createRequest(
        r.ctx,
        manager,
        {
          receivedOn: `2026-11-2${n % 5}`,
          channel: 'counter',
          kind: 'disclosure',
          person: { name: `試験 ${n}号`, nameKana: 'シケン', birthDate: '1980-04-01', patientNo: '', ...blank },
          requester: { type: 'self', agentName: '', agentKana: '', relation: '', ...blank },
          dataCategories: ['appointments'],
          dataOther: '',
          requestGrounds: [],
          disclosureMethod: 'paper',
          fee: null,
          details: ''
        },
        rule
      )
    }
  })
}

const log = (page: Page) => page.getByRole('table', { name: '監査記録' })
const filters = (page: Page) => page.getByRole('search', { name: '監査記録の絞り込み' })
const apply = (page: Page) => page.getByRole('button', { name: '絞り込む' }).click()

test('a manager pages through the 監査記録, filters it, opens a request from an entry and saves the range as CSV', async ({
  page
}, info) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await seedSixty(page)
  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()

  // Newest first, 100 a page.
  await expect(log(page).getByRole('row')).toHaveCount(101)
  await expect(log(page).getByRole('row').nth(1)).toContainText('受付番号 2026-0060')
  await page.screenshot({ path: info.outputPath('audit-screen-1366.png') })
  await page.getByRole('button', { name: '次の100件' }).first().click()
  await expect(page.getByText('2ページ目').first()).toBeVisible()
  await expect(log(page)).toContainText('受付番号 2026-0001')
  await expect(page.getByRole('button', { name: '次の100件' }).first()).toBeDisabled()
  await page.getByRole('button', { name: '前の100件' }).first().click()
  await expect(log(page).getByRole('row').nth(1)).toContainText('受付番号 2026-0060')

  // By 受付番号 and action: the one entry, linked to its request.
  await filters(page).getByRole('textbox', { name: '受付番号' }).fill('2026-0007')
  await filters(page).getByRole('combobox', { name: '操作' }).selectOption({ label: '受付の登録' })
  await apply(page)
  await expect(log(page).getByRole('row')).toHaveCount(2)
  await expect(log(page)).toContainText('受付の登録')

  // By staff and days: nothing on 11/24 (Japan time), everything of 佐藤 管理 on 11/25.
  await filters(page).getByRole('textbox', { name: '受付番号' }).fill('')
  await filters(page).getByRole('combobox', { name: '操作' }).selectOption({ label: 'すべて' })
  await filters(page).getByRole('combobox', { name: '担当' }).selectOption({ label: '佐藤 管理' })
  await page.getByLabel('期間(から)').fill('2026-11-24')
  await page.getByLabel('期間(まで)').fill('2026-11-24')
  await apply(page)
  await expect(page.getByRole('status').filter({ hasText: '条件に合う記録はありません。' })).toBeVisible()
  await page.getByLabel('期間(から)').fill('2026-11-25')
  await page.getByLabel('期間(まで)').fill('2026-11-25')
  await filters(page).getByRole('combobox', { name: '操作' }).selectOption({ label: '受付の登録' })
  await apply(page)
  await expect(log(page).getByRole('row')).toHaveCount(61)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'この条件でCSVに保存' }).click()
  const download = await downloading
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)).split('\r\n')
  expect(lines[0]).toBe('日時,端末,番号,操作,内容,対象,担当')
  expect(lines).toHaveLength(62)
  expect(lines[1]).toContain('受付番号 2026-0060')
  await expect(page.getByRole('status').filter({ hasText: '監査記録(60件)をCSVに保存しました。' })).toBeVisible()

  // The export itself is in the trail.
  await filters(page).getByRole('combobox', { name: '操作' }).selectOption({ label: '監査記録のCSV保存' })
  await apply(page)
  await expect(log(page)).toContainText('監査記録(60件)をCSVに保存')

  await page.getByRole('button', { name: '条件を消す' }).click()
  await filters(page).getByRole('textbox', { name: '受付番号' }).fill('2026-0007')
  await apply(page)
  await log(page).getByRole('link', { name: '受付番号 2026-0007' }).first().click()
  await expect(page.getByRole('heading', { name: '2026-0007 保有個人データの開示' })).toBeVisible()
})
