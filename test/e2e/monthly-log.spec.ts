import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { MANAGER, RECEPTION, login, startAsFirstManager } from './helpers'
import { monthlyPlan, seedMonthly } from './monthly-log-seed'

const TODAY = new Date('2026-12-03T10:00:00+09:00')

interface AuditHooks {
  ctx: unknown
  auditFor(ctx: unknown, entityId: string): Promise<{ action: string; summary: string; actorName: string }[]>
  verifyAuditChain(ctx: unknown): Promise<{ checked: number; problems: unknown[] }>
}

function auditOfNovember(page: Page) {
  return page.evaluate(async () => {
    const r = (globalThis as unknown as { __register: AuditHooks }).__register
    return { entries: await r.auditFor(r.ctx, 'monthlyLog:2026-11'), chain: await r.verifyAuditChain(r.ctx) }
  })
}

async function openNovember(page: Page) {
  await page.clock.setFixedTime(TODAY)
  // The browser fallback of 印刷 / PDFに保存 is window.print(); count the calls instead of opening a dialog.
  await page.addInitScript(() => {
    const w = globalThis as unknown as { printCalls: number; print: () => void }
    w.printCalls = 0
    w.print = () => {
      w.printCalls += 1
    }
  })
  await startAsFirstManager(page)
  await seedMonthly(page, monthlyPlan(), TODAY)
  await page.getByRole('navigation').getByRole('link', { name: '月次処理簿' }).click()
  const month = page.getByLabel('対象月')
  await expect(month).toHaveValue('2026-12')
  await month.fill('2026-11')
  await expect(page.getByRole('heading', { name: '月次処理簿 令和8年11月分' })).toBeVisible()
}

/** The value shown for one of the month's figures (a term and its definition). */
function figure(page: Page, term: string) {
  const exact = new RegExp(`^${term.replace(/[()]/gu, '\\$&')}$`, 'u')
  return page
    .getByRole('group', { name: '当月の件数と日数' })
    .locator('div')
    .filter({ has: page.getByRole('term').filter({ hasText: exact }) })
    .getByRole('definition')
}

test('a manager reads November 2026: rows, figures, totals, overdue list and the year of intake counts', async ({
  page
}, info) => {
  test.setTimeout(90_000)
  await openNovember(page)
  const table = page.getByRole('table', { name: /処理一覧/ })
  // 35 received in November, 6 from October still open on 1 November.
  await expect(table.getByRole('row')).toHaveCount(42)
  await expect(figure(page, '対象件数')).toHaveText('41件')
  await expect(figure(page, '当月受付')).toHaveText('35件')
  await expect(figure(page, '当月通知')).toHaveText('23件')
  await expect(figure(page, '通知までの日数(中央値)')).toHaveText('7日')
  await expect(figure(page, '通知までの日数(最長)')).toHaveText(/^19日/)
  await expect(figure(page, '期限超過')).toHaveText('10件')

  // Received 16 October, answered 19 days later on 4 November: late, and shown so.
  const late = table.getByRole('row').filter({ hasText: '2026/10/16' })
  await expect(late).toContainText('2026/11/04')
  await expect(late).toContainText('超過5日')
  // Received in November, still open at its end, not yet past the target.
  await expect(table.getByRole('row').filter({ hasText: '2026-0060' })).toHaveText(
    /^2026-00602026\/11\/30利用目的の通知本人未了未決定佐藤 管理$/u
  )
  await expect(table.getByRole('row').filter({ hasText: '取下げ' })).toHaveCount(2)
  await expect(table).toContainText('高橋 受付')

  const byKind = page.getByRole('table', { name: '種別ごとの件数' })
  await expect(byKind.getByRole('row', { name: /^計/ })).toContainText('41')
  await expect(page.getByRole('table', { name: '期限超過の一覧' }).getByRole('row')).toHaveCount(11)

  const chart = page.getByRole('img', { name: /受付件数の推移/ })
  await expect(chart).toHaveAccessibleDescription(/令和7年12月 0件.*令和8年10月 25件、令和8年11月 35件$/)

  // The audit chain's head is printed beside the stamp boxes: the paper anchors the chain.
  const head = await page.evaluate(async () => {
    const hooks = (
      globalThis as unknown as { __register: { chainHead: (ctx: unknown) => Promise<unknown>; ctx: unknown } }
    ).__register
    return (await hooks.chainHead(hooks.ctx)) as { deviceSeq: number; hash: string }
  })
  await expect(page.getByText(/^監査記録の末尾/)).toHaveText(
    `監査記録の末尾(作成時点): 第${head.deviceSeq}番ハッシュ先頭16桁 ${head.hash.slice(0, 16)}`
  )

  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help}`)).toEqual([])
  await page.screenshot({ path: info.outputPath('screen.png'), fullPage: true })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByRole('group', { name: '押印欄' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('stamps-1366.png') })

  // A month with nothing in it, and no month at all.
  await page.getByLabel('対象月').fill('2026-09')
  await expect(page.getByRole('heading', { name: '月次処理簿 令和8年9月分' })).toBeVisible()
  await expect(page.getByRole('table', { name: /処理一覧/ })).toContainText(
    'この月に受け付けた請求・処理中だった請求はありません。'
  )
  await expect(figure(page, '通知までの日数(中央値)')).toHaveText('—')
  await page.getByLabel('対象月').fill('')
  await expect(page.getByRole('alert')).toHaveText('対象月を選んでください(例: 2026-11)。')
  await expect(page.getByRole('button', { name: 'CSVに保存' })).toHaveCount(0)
})

test('a month that cannot be read says so under the month picker, and is read again once it can', async ({
  page
}, info) => {
  test.setTimeout(90_000)
  await openNovember(page)
  const failReads = (on: boolean) =>
    page.evaluate(async (value) => {
      const hooks = (globalThis as unknown as { __register: { failRequestReads: (on: boolean) => Promise<void> } })
        .__register
      await hooks.failRequestReads(value)
    }, on)
  await failReads(true)
  const month = page.getByLabel('対象月')
  await month.fill('2026-10')
  await expect(page.getByRole('alert')).toHaveText(
    '令和8年10月分の月次処理簿を読み込めませんでした。もう一度お試しください。続く場合は情報システム担当に連絡してください。'
  )
  // No log is shown as if it were October's, and the month can still be changed.
  await expect(page.getByRole('heading', { name: /^月次処理簿 令和8年/u })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'CSVに保存' })).toHaveCount(0)
  await expect(month).toBeEditable()
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: info.outputPath('read-failed-1366.png') })
  await failReads(false)
  await page.getByRole('button', { name: 'もう一度読み込む' }).click()
  await expect(page.getByRole('heading', { name: '月次処理簿 令和8年10月分' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'もう一度読み込む' })).toHaveCount(0)
})

test('the PDF is A4 landscape over several pages, each with the table header and a page number', async ({
  page
}, info) => {
  test.setTimeout(90_000)
  await openNovember(page)
  await page.emulateMedia({ media: 'print' })
  const file = info.outputPath('monthly-log.pdf')
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })

  const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  expect(pages).toBeGreaterThan(1)
  // Every page, not only the first, is A4 landscape (842 x 595 pt).
  const sizes = [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' }).matchAll(
      /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gu
    )
  ].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`)
  expect(sizes).toEqual(Array.from({ length: pages }, () => '842x595'))

  const texts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })
  )
  const withRows = texts.filter((t) => /2026-00\d\d\s+2026\/1[01]\//u.test(t))
  expect(withRows.length).toBeGreaterThan(1)
  for (const t of withRows)
    expect(t).toMatch(
      /受付番号\s+受付日\s+種別\s+請求者区分\s+本人確認\s+決定\s+通知日\s+日数\s+担当\s+期限超過\s+法定目安/u
    )
  // Every page says what it is (top margin) and which page of how many (bottom margin).
  for (const t of texts) expect(t).toMatch(/^\s*月次処理簿\s+令和8年11月分\s+医療法人社団桜恵会/u)
  texts.forEach((t, i) => expect(t).toMatch(new RegExp(`\\n\\s*${i + 1} ?/ ?${pages}\\s*$`, 'u')))
  expect(texts[0]).toContain('月次処理簿 令和8年11月分')
  expect(texts[0]).toContain('医療法人社団桜恵会')
  expect(texts.join('')).not.toContain('メインメニュー')
  const last = texts.at(-1) ?? ''
  expect(last).toContain('担当')
  expect(last).toContain('管理者')
  for (let i = 1; i <= pages; i++) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(i), '-l', String(i), file, info.outputPath(`page`)])
  }
})

test('print, PDF and CSV each leave an audit entry; the CSV is UTF-8 with a BOM that Excel reads', async ({ page }) => {
  test.setTimeout(90_000)
  await openNovember(page)
  await page.getByRole('button', { name: '印刷' }).click()
  await expect(page.getByRole('status')).toContainText('印刷しました')
  await page.getByRole('button', { name: 'PDFに保存' }).click()
  await expect(page.getByRole('status')).toContainText('PDFに保存しました')
  expect(await page.evaluate(() => (globalThis as unknown as { printCalls: number }).printCalls)).toBe(2)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'CSVに保存' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('月次処理簿_2026-11.csv')
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\r\n')
  expect(lines[0]).toBe('受付番号,受付日,種別,請求者区分,本人確認,決定,通知日,日数,担当,期限超過,法定目安')
  expect(lines).toHaveLength(43)
  expect(lines.find((l) => l.includes('2026/10/16'))).toMatch(/,2026\/11\/04,19,.+,超過5日,(超過\d+日)?$/u)

  const { entries, chain } = await auditOfNovember(page)
  expect(entries.map((e) => e.action)).toEqual(['monthlyLog:print', 'monthlyLog:pdf', 'monthlyLog:csv'])
  expect(entries.every((e) => e.actorName === MANAGER.name && e.summary.includes('令和8年11月分'))).toBe(true)
  expect(chain.problems).toEqual([])
})

test('reception cannot open the monthly log', async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  const form = page.getByRole('form', { name: '職員の追加' })
  await form.getByLabel('氏名(表示名)').fill(RECEPTION.name)
  await form.getByLabel('役割').selectOption({ label: '受付' })
  await form.getByLabel('PIN(数字4〜8桁)').fill(RECEPTION.pin)
  await form.getByLabel('PIN(確認)').fill(RECEPTION.pin)
  await form.getByRole('button', { name: '職員を追加' }).click()
  await expect(page.getByRole('status')).toContainText('登録しました')
  await page.getByRole('button', { name: 'ロック' }).click()
  await login(page, RECEPTION)
  // Another staff member starts on the home page.
  await expect(page.getByRole('heading', { name: '今日の受付簿', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('link', { name: '月次処理簿' })).toHaveCount(0)
  // Typing the address: the screen itself refuses, not only the menu.
  await page.evaluate(() => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = '#/monthly-log'
  })
  await expect(page.getByRole('alert')).toHaveText(
    '月次処理簿は管理者のみが開けます。管理者でログインし直してください。'
  )
  await expect(page.getByRole('button', { name: 'CSVに保存' })).toHaveCount(0)
})

test('a month of more requests than a screen shows its first rows at once and the rest in steps; a print started before the last row holds every row', async ({
  page
}, info) => {
  test.setTimeout(120_000)
  await page.clock.setFixedTime(TODAY)
  // Frames held on demand, so the table can be caught with only its first rows drawn.
  await page.addInitScript(() => {
    const w = globalThis as unknown as {
      holdFrames: boolean
      printCalls: number
      print: () => void
      rowCounts: number[]
      requestAnimationFrame: (cb: (t: number) => void) => number
    }
    w.holdFrames = false
    w.printCalls = 0
    w.print = () => {
      w.printCalls += 1
    }
    const frame = w.requestAnimationFrame.bind(globalThis)
    w.requestAnimationFrame = (cb) => (w.holdFrames ? -1 : frame(cb))
    // Every row count the table had, as it was drawn.
    interface Doc {
      querySelectorAll(selector: string): { length: number }
    }
    const g = globalThis as unknown as {
      document: Doc
      MutationObserver: new (cb: () => void) => { observe(target: Doc, options: object): void }
    }
    w.rowCounts = []
    new g.MutationObserver(() => {
      const n = g.document.querySelectorAll('table.ml-table tbody tr').length
      if (n > 0 && w.rowCounts.at(-1) !== n) w.rowCounts.push(n)
    }).observe(g.document, { childList: true, subtree: true })
  })
  await startAsFirstManager(page)
  const plan = Array.from({ length: 130 }, (_, i) => ({
    receivedOn: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
    kind: 'purpose' as const,
    agent: false,
    notifyAfter: null,
    withdrawAfter: null,
    byReception: false
  })).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
  await seedMonthly(page, plan, TODAY)
  await page.getByRole('navigation').getByRole('link', { name: '月次処理簿' }).click()
  // December (still open, the 130 are in it too) is drawn whole first; November's drawing is counted afresh.
  await expect(page.getByRole('table', { name: /処理一覧/u })).toHaveAttribute('aria-busy', 'false')
  await page.evaluate(() => {
    ;(globalThis as unknown as { rowCounts: number[] }).rowCounts = []
  })
  await page.getByLabel('対象月').fill('2026-11')
  const table = page.getByRole('table', { name: /処理一覧\(130件\)/u })
  const rows = table.locator('tbody tr')

  // Drawn in steps: the first 100 rows, then the rest.
  await expect(table).toHaveAttribute('aria-busy', 'false')
  await expect(rows).toHaveCount(130)
  expect(await page.evaluate(() => (globalThis as unknown as { rowCounts: number[] }).rowCounts)).toEqual([100, 130])

  // Caught after its first rows: the screen says more is coming, and PDFに保存 prints the whole table.
  await page.evaluate(() => {
    ;(globalThis as unknown as { holdFrames: boolean }).holdFrames = true
  })
  await page.getByLabel('対象月').fill('2026-10')
  await expect(page.getByRole('table', { name: /処理一覧\(0件\)/u })).toBeVisible()
  await page.getByLabel('対象月').fill('2026-11')
  await expect(rows).toHaveCount(100)
  await expect(table).toHaveAttribute('aria-busy', 'true')
  await expect(table.locator('caption')).toContainText('残りの行を表示しています')
  // The overdue list below the table waits for it (November's requests received early in the month are overdue).
  const overdue = page.getByRole('table', { name: '期限超過の一覧' })
  await expect(overdue).toHaveCount(0)
  await expect(page.getByText('処理一覧の表示が終わると表示します…')).toBeVisible()
  await page.setViewportSize({ width: 1366, height: 768 })
  await table.locator('caption').scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('drawing-1366.png') })
  await page.getByRole('button', { name: 'PDFに保存' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'PDFに保存しました' })).toBeVisible()
  await expect(rows).toHaveCount(130)
  expect(await page.evaluate(() => (globalThis as unknown as { printCalls: number }).printCalls)).toBe(1)
  await expect(table).toHaveAttribute('aria-busy', 'false')
  const heading = await page.getByRole('heading', { name: /期限超過の一覧/u }).textContent()
  const overdueCount = Number(/\((\d+)件\)/u.exec(heading ?? '')?.[1])
  expect(overdueCount).toBeGreaterThan(0)
  await expect(overdue.locator('tbody tr')).toHaveCount(overdueCount)

  // The browser's own print (Ctrl+P) draws the rest first too.
  await page.getByLabel('対象月').fill('2026-10')
  await page.getByLabel('対象月').fill('2026-11')
  await expect(rows).toHaveCount(100)
  await page.evaluate(() => {
    const g = globalThis as unknown as { dispatchEvent(e: unknown): void; Event: new (type: string) => unknown }
    g.dispatchEvent(new g.Event('beforeprint'))
  })
  await expect(rows).toHaveCount(130)
})
