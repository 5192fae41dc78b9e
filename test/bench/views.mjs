// The register's other ways in and the 監査記録 screen's list, timed as a person uses them: sorting by each column
// (受付番号 numerically past 9,999 a year), searching by 診察券番号, phone digits and the agent's name, a 受付日
// range, and paging and filtering the audit trail. Each beside bare IndexedDB doing the nearest work on the same
// database. Called by measure.mjs in every round; on its own it measures a register a bench run left:
//   BENCH_COUNT=100000 BENCH_PORT=4193 node test/bench/views.mjs
// (the same count and port as that run: a register belongs to its page's origin).

import { bareIndexInPage, timedChangeInPage } from './inPage.mjs'

const SEARCH = 'input[type="search"]'

/** Clicks a button found by its text inside `scope`, and times until the register or the audit list is redrawn. */
export async function timedClickInPage({ scope, text, watch }) {
  const button = [...document.querySelectorAll(`${scope} button`)].find((b) => b.textContent?.trim().startsWith(text))
  if (!button) throw new Error(`no button 「${text}」 in ${scope}`)
  const t0 = performance.now()
  await redrawn(watch, () => button.click())
  return { ms: performance.now() - t0 }

  // Self-contained (page.evaluate): the watching is defined here.
  async function redrawn(what, act) {
    const table = () => document.querySelector('[role="table"][aria-label="受付簿"]')
    const firstAudit = () => document.querySelector('table.audit-log tbody tr')
    const before = what === 'register' ? table()?.getAttribute('data-filter-key') : firstAudit()
    act()
    const started = performance.now()
    await new Promise((resolve, reject) => {
      const check = () => {
        const changed =
          what === 'register'
            ? table()?.getAttribute('data-filter-key') !== before
            : firstAudit() !== before && firstAudit() !== null && !document.querySelector('p.loading')
        if (changed) resolve()
        else if (performance.now() - started > 120_000) reject(new Error(`no redraw after 「${text}」`))
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    await new Promise((r) => requestAnimationFrame(() => r()))
  }
}

/** Sets an input or select of the audit filter form and applies it; times until the list is redrawn. */
export async function timedAuditFilterInPage({ field, value }) {
  const form = document.querySelector('form[aria-label="監査記録の絞り込み"]')
  const label = [...form.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === field)
  const el = label.querySelector('input, select')
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value)
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
  await new Promise((r) => setTimeout(r, 0))
  const before = document.querySelector('table.audit-log tbody tr')
  const t0 = performance.now()
  form.requestSubmit()
  await new Promise((resolve, reject) => {
    const check = () => {
      const first = document.querySelector('table.audit-log tbody tr')
      const answered = document.querySelector('section[aria-labelledby="audit-log-title"] p[role="status"]')
      if ((first !== before && first !== null && !document.querySelector('p.loading')) || answered) resolve()
      else if (performance.now() - t0 > 120_000) reject(new Error(`no redraw after filtering ${field}`))
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  await new Promise((r) => requestAnimationFrame(() => r()))
  return { ms: performance.now() - t0, rows: document.querySelectorAll('table.audit-log tbody tr').length }
}

/** Values to search for, read from the summaries: patient numbers, phone digits and agents' names that exist. */
export async function searchSamplesInPage({ n }) {
  const { db } = window.__register.ctx
  const count = await db.summaries.count()
  const pick = async (ok) => {
    const found = []
    for (let i = 0; found.length < n && i < n * 40; i++) {
      const [s] = await db.summaries
        .offset(Math.floor(((i * 7919) % 997) * (count / 997)))
        .limit(1)
        .toArray()
      if (s && ok(s)) found.push(s)
    }
    return found
  }
  const patients = (await pick((s) => s.patientNo.length >= 4)).map((s) => s.patientNo)
  const phones = (await pick((s) => s.phoneDigits.length >= 10)).map((s) => s.phoneDigits.slice(0, 7))
  const agents = (await pick((s) => s.agentName.trim() !== '')).map((s) => s.agentName.split(/\s/u)[0])
  const receipts = await db.audit.where('[action+at]').between(['request:import', ''], ['request:import', '\uffff'])
  const old = (await receipts.limit(n).toArray()).map((e) => /\d{4}-\d{4,}/u.exec(e.summary)?.[0]).filter(Boolean)
  return { patients, phones, agents, receiptNos: old }
}

/** Bare IndexedDB: every summary read and filtered in JavaScript (no index holds patient numbers or phones). */
export async function bareSummaryScanInPage({ field, prefix }) {
  const db = window.__register.ctx.db.backendDB()
  const t0 = performance.now()
  const all = await new Promise((res, rej) => {
    const req = db.transaction('summaries').objectStore('summaries').getAll()
    req.onsuccess = () => res(req.result)
    req.onerror = () => rej(req.error)
  })
  const n = all.filter((s) => String(s[field]).startsWith(prefix)).length
  return { ms: performance.now() - t0, n }
}

const SORTS = [
  ['受付番号', 'receiptNo'],
  ['受付日', '[receivedOn+receiptNo]'],
  ['期限', 'dueOn'],
  ['状態', 'status'],
  ['種別', 'kind']
]

/** The register's sorts, searches by number and agent, the date range, and the audit list; `add` records each. */
export async function measureViews(page, add) {
  const change = (kind, selector, value, index = 0) =>
    page.evaluate(timedChangeInPage, { kind, selector, value, index })
  const limit = { stat: 'p95', ms: 50, bareRatio: 1.5 }

  const sort = { app: [], bare: [] }
  for (const [label, index] of SORTS)
    for (let i = 0; i < 2; i++) {
      sort.app.push((await page.evaluate(timedClickInPage, { scope: '.grid-head', text: label, watch: 'register' })).ms)
      sort.bare.push((await page.evaluate(bareIndexInPage, { store: 'requests', index, rows: false })).ms)
    }
  add('sort by a column (5 columns, both ways)', {
    app: sort.app,
    bare: sort.bare,
    limit,
    target: 'p95 < 50 ms, ≤ 1.5× bare',
    note: 'bare: the index key list in that order'
  })
  // Back to the register's own order (newest first) for what follows.
  await page.evaluate(timedClickInPage, { scope: '.grid-head', text: '受付日', watch: 'register' })

  const samples = await page.evaluate(searchSamplesInPage, { n: 6 })
  const byField = [
    ['診察券番号', 'patientNo', samples.patients],
    ['phone digits', 'phoneDigits', samples.phones],
    ["agent's name", 'agentName', samples.agents]
  ]
  const numbers = { app: [], bare: [], asked: [] }
  for (const [name, field, values] of byField)
    for (const value of values) {
      numbers.app.push((await change('input', SEARCH, value)).ms)
      await change('input', SEARCH, '')
      numbers.bare.push((await page.evaluate(bareSummaryScanInPage, { field, prefix: value })).ms)
      numbers.asked.push(name)
    }
  add('search by 診察券番号, phone, agent', {
    app: numbers.app,
    bare: numbers.bare,
    limit,
    target: 'p95 < 50 ms, ≤ 1.5× bare',
    note: `${samples.patients.length} 診察券番号, ${samples.phones.length} phone prefixes, ${samples.agents.length} agents' family names; bare: every summary read and filtered (no index holds them)`
  })

  const range = { app: [], bare: [] }
  const months = ['2024-04', '2025-01', '2025-10', '2026-06']
  for (const m of months) {
    const [from, to] = [`${m}-01`, `${m}-28`]
    range.app.push((await change('input', 'form[role="search"] input[type="date"]', from, 0)).ms)
    range.app.push((await change('input', 'form[role="search"] input[type="date"]', to, 1)).ms)
    range.bare.push(
      (await page.evaluate(bareIndexInPage, { store: 'summaries', index: 'receivedOn', lower: from, upper: to })).ms
    )
  }
  await change('input', 'form[role="search"] input[type="date"]', '', 0)
  await change('input', 'form[role="search"] input[type="date"]', '', 1)
  add('受付日 range', {
    app: range.app,
    bare: range.bare,
    limit,
    target: 'p95 < 50 ms, ≤ 1.5× bare',
    note: 'each end set in turn; bare: the receivedOn index keys of the range'
  })

  // The 監査記録 screen: its first page, paging on, and each filter.
  const t0 = Date.now()
  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await page.locator('table.audit-log tbody tr').first().waitFor({ timeout: 300_000 })
  const open = Date.now() - t0
  const paging = []
  for (let i = 0; i < 10; i++)
    paging.push((await page.evaluate(timedClickInPage, { scope: '.pager', text: '次の', watch: 'audit' })).ms)
  add('監査記録 list: open, then next page ×10', {
    app: paging,
    limit: { stat: 'p95', ms: 200 },
    target: '< 200 ms a page',
    note: `first page on opening the screen ${open} ms (timed from outside)`
  })
  const filters = []
  const filterPlan = [
    ['操作', 'letter:issue'],
    ['操作', ''],
    ['受付番号', samples.receiptNos[0] ?? ''],
    ['受付番号', ''],
    ['期間(から)', '2025-02-01'],
    ['期間(まで)', '2025-02-28'],
    ['操作', 'request:approve']
  ]
  for (const [field, value] of filterPlan)
    filters.push((await page.evaluate(timedAuditFilterInPage, { field, value })).ms)
  add('監査記録 list: a filter applied', {
    app: filters,
    limit: { stat: 'p95', ms: 200 },
    target: '< 200 ms',
    note: 'by action, by a 受付番号 and by days, each from the list before it'
  })
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await page.locator('.grid-body [role="row"] a').first().waitFor()
}
