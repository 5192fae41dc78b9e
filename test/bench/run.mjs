// Benchmark: fills the register with 100,000 requests in Chromium through the app's own import, then
// measures opening the app to a usable register, name searches and filter changes. Prints figures; never fails on time.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { seedInPage } from './seed.mjs'

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000)
const PORT = Number(process.env.BENCH_PORT ?? 4175)
const env = { ...process.env, WEB_OUT_DIR: 'out/web-bench', E2E_PORT: String(PORT) }
const PIN = '2468'

const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
  env,
  stdio: 'inherit'
})
if (build.status !== 0) process.exit(build.status ?? 1)
const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts'], {
  env,
  stdio: 'ignore',
  detached: true
})
const stopServer = () => {
  try {
    process.kill(-server.pid)
  } catch {
    /* already gone */
  }
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}
const ms = (x) => `${x.toFixed(1)} ms`

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('preview server did not start')
}

/** Changes a control as a person would and waits until the register shows the answer for that filter. */
async function timedChange(page, kind, selector, value, index = 0) {
  return page.evaluate(
    async ({ kind, selector, value, index }) => {
      const el = document.querySelectorAll(selector)[index]
      const table = document.querySelector('[role="table"][aria-label="受付簿"]')
      const before = table.getAttribute('data-filter-key')
      const t0 = performance.now()
      const proto = kind === 'select' ? HTMLSelectElement.prototype : HTMLInputElement.prototype
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value)
      el.dispatchEvent(new Event(kind === 'select' ? 'change' : 'input', { bubbles: true }))
      await new Promise((resolve) => {
        const check = () =>
          table.getAttribute('data-filter-key') !== before ? resolve() : requestAnimationFrame(check)
        requestAnimationFrame(check)
      })
      await new Promise((r) => requestAnimationFrame(() => r()))
      return performance.now() - t0
    },
    { kind, selector, value, index }
  )
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']
})
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`)
  const context = await browser.newContext({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1366, height: 900 }
  })
  const page = await context.newPage()
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await page.getByRole('textbox', { name: '氏名(表示名)' }).fill('計測 管理')
  await page.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(PIN)
  await page.getByRole('textbox', { name: 'PIN(確認)' }).fill(PIN)
  await page.getByRole('button', { name: '登録して始める' }).click()
  await page.getByRole('navigation').waitFor()
  // Fill from a screen without live queries on requests, so the fill measures the import alone.
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  await page.getByRole('heading', { name: '設定' }).waitFor()

  const fill = await page.evaluate(
    async ({ count, seedSrc }) => {
      const seed = new Function(`return (${seedSrc})`)()
      const r = window.__register
      const intakes = seed({ count, seed: 42 })
      const actor = { id: 'bench', name: '計測', role: 'manager' }
      const t0 = performance.now()
      await r.importRequests(r.ctx, actor, intakes, {
        days: 14,
        mode: 'calendar',
        closedWeekdays: [0],
        closedDates: []
      })
      return { ms: performance.now() - t0, count: await r.countRequests(r.ctx) }
    },
    { count: COUNT, seedSrc: seedInPage.toString() }
  )
  console.log(
    `fill: ${fill.count.toLocaleString()} requests in ${(fill.ms / 1000).toFixed(1)} s (${((fill.ms / fill.count) * 1000).toFixed(0)} µs/request, chunks of 1,000)`
  )

  // Opening the app: a new page load to the PIN screen, then PIN to a register showing its rows.
  const tLoad = Date.now()
  await page.reload()
  await page.getByRole('button', { name: 'ログイン' }).waitFor()
  const loadMs = Date.now() - tLoad
  await page.getByRole('radio', { name: '計測 管理' }).check()
  await page.getByLabel('PIN').fill(PIN)
  const tLogin = Date.now()
  await page.getByRole('button', { name: 'ログイン' }).click()
  await page.getByRole('navigation').waitFor()
  await page.locator('main h1').first().waitFor()
  const homeMs = Date.now() - tLogin
  const tRegister = Date.now()
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await page.getByText(`${fill.count.toLocaleString('ja-JP')}件`).waitFor({ timeout: 120_000 })
  await page.locator('[role="table"][aria-label="受付簿"] [role="row"] a').first().waitFor()
  const usableMs = Date.now() - tRegister
  console.log(
    `open: page load to PIN screen ${ms(loadMs)}; PIN to home screen ${ms(homeMs)}; home to usable register (${fill.count.toLocaleString()} rows) ${ms(usableMs)}`
  )

  const search = 'input[type="search"]'
  const queries = [
    'やまだ',
    'ﾀﾅｶ',
    'サトウ ハナコ',
    'すずき',
    'イトウ',
    'ゆい',
    '2024-0',
    'わたなべ',
    'こばやし',
    'まつもと'
  ]
  const searchTimes = []
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      searchTimes.push(await timedChange(page, 'input', search, q))
      searchTimes.push(await timedChange(page, 'input', search, ''))
    }
  }
  console.log(
    `name search (n=${searchTimes.length}, incl. clearing): median ${ms(percentile(searchTimes, 50))}, p95 ${ms(percentile(searchTimes, 95))}, max ${ms(Math.max(...searchTimes))}`
  )

  // The register's filter form holds two selects: 状態 (0) and 種別 (1).
  const select = 'form[role="search"] select'
  const filterTimes = []
  const kinds = ['disclosure', 'complaint', 'correction', '']
  const statuses = ['open', 'received', '', 'notified']
  for (let round = 0; round < 4; round++) {
    for (const k of kinds) filterTimes.push(await timedChange(page, 'select', select, k, 1))
    for (const s of statuses) filterTimes.push(await timedChange(page, 'select', select, s, 0))
  }
  console.log(
    `filter change (n=${filterTimes.length}): median ${ms(percentile(filterTimes, 50))}, p95 ${ms(percentile(filterTimes, 95))}, max ${ms(Math.max(...filterTimes))}`
  )

  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  console.log(`memory: JS heap in use with the register open ${(heap / 1024 / 1024).toFixed(1)} MB`)
  console.log('target: search and filter p95 under 100 ms at 100,000 requests')
} finally {
  await browser.close()
  stopServer()
}
