// Opening the register after the PIN, alone: PIN accepted → home drawn, and PIN accepted → 受付簿 rows shown, on a
// new page load each time, as `npm run bench` times them (test/bench/measure.mjs), without the rest of its round.
// Seeds the register as `npm run bench` does when there is none (in one go, no measuring in between), so that
// `npm run bench` with BENCH_REUSE=1 can measure the same register afterwards.
//   BENCH_COUNT=5000 node test/bench/login.mjs                  seed (or reuse) and time 7 openings
//   BENCH_ROUNDS=3 BENCH_CPU_PROFILE=.bench/cpu node …          also write a CPU profile of each opening
//                                                              (.cpuprofile, for Chrome DevTools' Performance tab)
//   BENCH_IDB_TRACE=1 (BENCH_IDB_TRACE_ALL=1) node …           also list the page's IndexedDB requests
//   BENCH_SKIP_BUILD=1 WEB_OUT_DIR=out/web-before node …       serve a build made beforehand (another commit's),
//                                                              to compare two versions on the same register
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { login, PIN, reload } from './measure.mjs'
import { installIdbTrace, summariseTrace } from './idbTrace.mjs'
import { closeSeedPage, fillRegister, openSeedPage, registerFirstManager } from './seed.mjs'
import { serveWebBuild } from './webServer.mjs'

const COUNT = Number(process.env.BENCH_COUNT ?? 5_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4175)
const BASE = `http://127.0.0.1:${PORT}/`
const CPU_DIR = process.env.BENCH_CPU_PROFILE
const TRACE = process.env.BENCH_IDB_TRACE === '1'
const PROFILE = `.bench/profile-${COUNT}`
const MARK = `${PROFILE}/bench-register.json`
const env = { ...process.env, WEB_OUT_DIR: process.env.WEB_OUT_DIR ?? 'out/web-bench', E2E_PORT: String(PORT) }
const tokyoDay = (d) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' })
const today = tokyoDay(new Date())
const monthsBack = (n) => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() - n)
  return d.toISOString().slice(0, 7)
}
const FIRST_DAY = `${monthsBack(Math.max(12, Math.round(COUNT / 2_500)))}-01`

const { ready: waitForServer, stop: stopServer } = serveWebBuild(env, { build: process.env.BENCH_SKIP_BUILD !== '1' })
const seeded = existsSync(MARK) ? JSON.parse(readFileSync(MARK, 'utf8')) : null
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1366, height: 768 }
})
process.on('SIGINT', () => {
  stopServer()
  process.exit(130)
})

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
}
const line = (name, xs) =>
  console.log(
    `${name.padEnd(34)} median ${String(quantile(xs, 0.5)).padStart(6)} ms  p95 ${String(quantile(xs, 0.95)).padStart(6)} ms  (${xs.join(', ')})`
  )

try {
  await waitForServer(BASE)
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(300_000)
  await page.goto(BASE)
  if (!seeded) {
    await registerFirstManager(page, PIN)
    await openSeedPage(page, BASE)
    const t0 = Date.now()
    await fillRegister(page, {
      from: 0,
      to: COUNT,
      today,
      firstDay: FIRST_DAY,
      onProgress: (n) => process.stderr.write(`seeded ${n.toLocaleString('en')} requests\r`)
    })
    await closeSeedPage(page, BASE)
    console.log(`\nseeded ${COUNT.toLocaleString('en')} requests in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    writeFileSync(MARK, JSON.stringify({ count: COUNT, firstDay: FIRST_DAY }))
  }
  await page.waitForFunction(() => 'ctx' in (window.__register ?? {}))
  const counts = await page.evaluate(async () => {
    const { db } = window.__register.ctx
    return { requests: await db.requests.count(), audit: await db.audit.count(), backups: await db.backups?.count?.() }
  })
  console.log(`register: ${JSON.stringify(counts)}`)
  if (TRACE) await context.addInitScript(installIdbTrace)
  const cdp = CPU_DIR ? await context.newCDPSession(page) : null
  if (cdp) {
    mkdirSync(CPU_DIR, { recursive: true })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  }
  const opening = []
  const home = []
  const first = []
  const rows = []
  for (let i = 0; i < ROUNDS; i++) {
    if (cdp) await cdp.send('Profiler.start')
    const tLoad = Date.now()
    await reload(page)
    // As the bench's round times it: from the reloaded page (whose opening check comes first) to the rows.
    const t0 = Date.now()
    await page.getByRole('button', { name: 'ログイン' }).waitFor()
    opening.push(Date.now() - tLoad)
    home.push(await login(page))
    const t1 = Date.now()
    await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
    await page.getByText(`${counts.requests.toLocaleString('ja-JP')}件`).waitFor()
    await page.locator('.grid-body [role="row"] a').first().waitFor()
    first.push(Date.now() - t1)
    rows.push(Date.now() - t0)
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      writeFileSync(`${CPU_DIR}/open-${i}.cpuprofile`, JSON.stringify(profile))
    }
    if (TRACE) {
      const trace = await page.evaluate(() => window.__idbTrace)
      console.log(
        `IndexedDB requests, ms after the new page load (PIN screen at ${opening.at(-1)}, home drawn at ${t1 - tLoad}, rows at ${t0 + rows.at(-1) - tLoad}):`
      )
      if (process.env.BENCH_IDB_TRACE_ALL === '1')
        for (const e of trace.filter((e) => e.t0 >= tLoad))
          console.log(
            `  ${String(e.t0 - tLoad).padStart(6)} → ${String((e.t1 || e.t0) - tLoad).padStart(6)} ms  ${e.db === 'kaiji-uketsukebo-backups' ? 'backups:' : ''}${e.store}${e.index ? `.${e.index}` : ''} ${e.op} ${e.n}`
          )
      for (const g of summariseTrace(trace, tLoad))
        console.log(
          `  ${g.k.padEnd(52)} ×${String(g.calls).padStart(5)} rows/steps ${String(g.n || g.steps).padStart(7)}  ${String(g.from).padStart(6)} → ${String(g.to).padStart(6)} ms`
        )
    }
    process.stderr.write(
      `round ${i + 1}: PIN screen ${opening.at(-1)} ms, home ${home.at(-1)} ms, rows ${rows.at(-1)} ms\n`
    )
  }
  line('new page load → PIN screen', opening)
  line('PIN → home page', home)
  line('home → rows, first visit', first)
  line('PIN → register rows (as the bench)', rows)
  console.log(
    `${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`
  )
} finally {
  await context.close()
  stopServer()
}
