// The register as staff use it: sorting by column headers, finding by 診察券番号, phone and agent, a 受付日 range,
// the empty answer under the search box, and the list as shown going to CSV and print, recorded in the 監査記録.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { MANAGER, RECEPTION, startAsFirstManager } from './helpers'
import { addReceptionInSettings, switchTo } from './workflow-helpers'
import type { RegisterHooks as Hooks } from './registerHooks'

const TODAY = new Date('2026-11-25T10:00:00+09:00')

/** Three requests through the app's own repositories: 11/01 (K-100, 090-1111-2222), 11/10 by an agent, 11/20. */
async function seedThree(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const r = (globalThis as unknown as { __register: Hooks }).__register
    const [manager] = await r.listStaff(r.ctx)
    if (!manager) throw new Error('no manager')
    const blank = { postalCode: '', address: '', phone: '', email: '' }
    const self = { type: 'self', agentName: '', agentKana: '', relation: '', ...blank }
    const rule = { days: 14, mode: 'calendar', closedWeekdays: [], closedDates: [] }
    const rows = [
      ['2026-11-01', '山田 太郎', 'ヤマダ タロウ', 'K-100', '090-1111-2222', self],
      [
        '2026-11-10',
        '鈴木 花子',
        'スズキ ハナコ',
        '',
        '',
        { ...self, type: 'legalAgent', agentName: '田中 一郎', agentKana: 'タナカ イチロウ', relation: '父' }
      ],
      ['2026-11-20', '佐々木 次郎', 'ササキ ジロウ', '', '', self]
    ] as const
    for (const [receivedOn, name, nameKana, patientNo, phone, requester] of rows) {
      const person = { name, nameKana, birthDate: '1980-04-01', patientNo, ...blank, phone }
      const intake = {
        receivedOn,
        channel: 'counter',
        kind: 'disclosure',
        person,
        requester,
        dataCategories: ['appointments'],
        dataOther: '',
        requestGrounds: [],
        disclosureMethod: 'paper',
        fee: null,
        details: ''
      }
      await r.createRequest(r.ctx, manager, intake, rule)
    }
  })
}

async function openRegister(page: Page) {
  await page.clock.setFixedTime(TODAY)
  await page.addInitScript(() => {
    // The browser fallback of 印刷 is window.print(): note what the printout held instead of opening a dialog.
    const w = globalThis as unknown as {
      printed: string[]
      print: () => void
      document: { querySelector: (s: string) => { textContent: string | null } | null }
    }
    w.printed = []
    w.print = () => {
      w.printed.push(w.document.querySelector('.rp-doc')?.textContent ?? '')
    }
  })
  await startAsFirstManager(page)
  await addReceptionInSettings(page)
  await seedThree(page)
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
}

const table = (page: Page) => page.getByRole('table', { name: '受付簿' })
const receiptNos = async (page: Page) =>
  (await table(page).getByRole('row').getByRole('link').allTextContents()).filter((t) => /^\d{4}-\d+$/u.test(t))
const header = (page: Page, name: string) => table(page).getByRole('columnheader', { name })

test('staff sort the register by clicking column headers, and the sorted column says so', async ({ page }, info) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openRegister(page)
  await expect(header(page, '受付日')).toHaveAttribute('aria-sort', 'descending')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0003', '2026-0002', '2026-0001'])

  await header(page, '受付番号').getByRole('button').click()
  await expect(header(page, '受付番号')).toHaveAttribute('aria-sort', 'descending')
  await expect(header(page, '受付日')).toHaveAttribute('aria-sort', 'none')
  await header(page, '受付番号').getByRole('button').click()
  await expect(header(page, '受付番号')).toHaveAttribute('aria-sort', 'ascending')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0001', '2026-0002', '2026-0003'])

  await header(page, '期限').getByRole('button').click()
  await expect(header(page, '期限')).toHaveAttribute('aria-sort', 'ascending')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0001', '2026-0002', '2026-0003'])
  await header(page, '期限').getByRole('button').click()
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0003', '2026-0002', '2026-0001'])
  await page.screenshot({ path: info.outputPath('register-1366.png') })
})

test('staff find a request by 診察券番号, phone as typed, the agent name, and a 受付日 range; no match is said under the search box', async ({
  page
}, info) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openRegister(page)
  const search = page.getByRole('searchbox', { name: /検索/u })
  const count = page.getByText(/^\d+件$/u)
  await search.fill('k-10')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0001'])
  await search.fill('090-1111')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0001'])
  await search.fill('いちろう')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0002'])
  await search.fill('')
  await expect(count).toHaveText('3件')

  await page.getByLabel('受付日(から)').fill('2026-11-05')
  await page.getByLabel('受付日(まで)').fill('2026-11-15')
  await expect(count).toHaveText('1件')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0002'])

  await search.fill('該当しない人')
  const empty = page.getByRole('status').filter({ hasText: '該当する請求はありません。' })
  await expect(empty).toBeVisible()
  await expect(table(page)).toBeHidden()
  const form = await page.getByRole('search', { name: '受付簿の検索' }).boundingBox()
  const said = await empty.boundingBox()
  expect(said && form && said.y - (form.y + form.height)).toBeLessThan(40)
  await page.screenshot({ path: info.outputPath('register-empty-1366.png') })
})

test('the list as shown goes to CSV (BOM, CRLF) and to print, masked for reception, in full for a manager who shows names, each in the 監査記録', async ({
  page
}) => {
  await openRegister(page)
  await header(page, '受付番号').getByRole('button').click()
  await header(page, '受付番号').getByRole('button').click()
  await page.getByRole('searchbox', { name: /検索/u }).fill('2026-000')
  await page.getByLabel('氏名を表示').check()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'CSVに保存' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('受付簿_2026-11-25.csv')
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)).split('\r\n')
  expect(lines[0]).toBe('受付番号,受付日,種別,氏名,フリガナ,請求者,状態,目標日,通知日')
  expect(lines.slice(1, 4).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
    '2026-0001,2026-11-01,保有個人データの開示,山田 太郎',
    '2026-0002,2026-11-10,保有個人データの開示,鈴木 花子',
    '2026-0003,2026-11-20,保有個人データの開示,佐々木 次郎'
  ])
  await expect(page.getByRole('status').filter({ hasText: 'CSVに保存しました' })).toBeVisible()

  await page.getByRole('button', { name: '印刷', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '印刷しました' })).toBeVisible()
  const printed = await page.evaluate(() => (globalThis as unknown as { printed: string[] }).printed)
  expect(printed).toHaveLength(1)
  expect(printed[0]).toContain('山田 太郎')
  expect(printed[0]).toContain('3件')

  // Reception: the same list goes out with names masked.
  await switchTo(page, RECEPTION)
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  const again = page.waitForEvent('download')
  await page.getByRole('button', { name: 'CSVに保存' }).click()
  const masked = readFileSync(await (await again).path()).toString('utf8')
  expect(masked).toContain('山田 ○○')
  expect(masked).not.toContain('太郎')

  await switchTo(page, MANAGER)
  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await page.getByRole('combobox', { name: '操作' }).selectOption({ label: '受付簿のCSV保存' })
  await page.getByRole('button', { name: '絞り込む' }).click()
  const log = page.getByRole('table', { name: '監査記録' })
  await expect(log.getByRole('row')).toHaveCount(3)
  await expect(log).toContainText('受付簿(全3件・氏名は伏せ字)をCSVに保存')
  await expect(log).toContainText('受付簿(絞り込み 3件・氏名は記載)をCSVに保存')
})
