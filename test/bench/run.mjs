// Benchmark at a real clinic's scale: fills the register through the app's own repository functions with
// requests that have their whole history (test/bench/seed.mjs), in four steps up to BENCH_COUNT (default
// 100,000), and after each step measures what staff wait for beside bare IndexedDB on the same database in the
// same page. Prints figures; never fails on time.
//   npm run bench                       build a new register (in .bench/profile-<count>/) and measure each step
//   BENCH_COUNT=4000 npm run bench      a quick run
//   npm run bench -- --reuse            measure the register built by an earlier run of the same count again
//   BENCH_SEED=10000 npm run bench      seed 10,000 requests through the app's functions, then grow the register
//                                       to each step by copying them with their histories (test/bench/copyInPage.mjs)
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { measureRound, PIN } from './measure.mjs'
import { printGrowth, printStep } from './report.mjs'
import { growByCopies, requestIds } from './copyInPage.mjs'
import { closeSeedPage, fillRegister, fillReport, openSeedPage, registerFirstManager } from './seed.mjs'
import { serveWebBuild } from './webServer.mjs'

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000)
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4175)
const BASE = `http://127.0.0.1:${PORT}/`
const REUSE = process.argv.includes('--reuse') || process.env.BENCH_REUSE === '1'
// Go on growing the register an earlier run of the same count left (stopped part-way), from the size it has.
const RESUME = process.env.BENCH_RESUME === '1'
const PROFILE = `.bench/profile-${COUNT}`
const MARK = `${PROFILE}/bench-register.json`
// BENCH_STEPS=0.5,1: other steps than the four quarters (fractions of BENCH_COUNT).
const STEPS = (process.env.BENCH_STEPS ?? '0.25,0.5,0.75,1').split(',').map((f) => Math.round(COUNT * Number(f)))
// Requests seeded through the app's functions; past them the register grows by copies of them (all by default).
const SEED = Math.min(COUNT, Number(process.env.BENCH_SEED ?? COUNT))
const env = { ...process.env, WEB_OUT_DIR: process.env.WEB_OUT_DIR ?? 'out/web-bench', E2E_PORT: String(PORT) }
const tokyoDay = (d) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' })
const today = tokyoDay(new Date())
const monthsBack = (n) => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() - n)
  return d.toISOString().slice(0, 7)
}
// About 2,500 requests a month (the monthly log's target size) at the full count, over at least a year.
const MONTHS = Math.max(12, Math.round(COUNT / 2_500))
const FIRST_DAY = `${monthsBack(MONTHS)}-01`
// A month three back: fully worked, as a manager prints it.
const month = monthsBack(3)

const { ready: waitForServer, stop: stopServer } = serveWebBuild(env)

const reused = (REUSE || RESUME) && existsSync(MARK) ? JSON.parse(readFileSync(MARK, 'utf8')) : null
if (!reused) rmSync(PROFILE, { recursive: true, force: true })
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--enable-precise-memory-info'
  ],
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1366, height: 768 }
})
const steps = []
// Ctrl+C stops the preview server too (it runs in its own process group).
process.on('SIGINT', () => {
  stopServer()
  process.exit(130)
})
try {
  await waitForServer(BASE)
  let page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(120_000)
  await page.goto(BASE)
  // After a round that could not finish (its page may have crashed), the next step starts on a new page.
  const freshPage = async () => {
    await page.close().catch(() => undefined)
    page = await context.newPage()
    page.setDefaultTimeout(120_000)
    await page.goto(BASE)
  }
  const counts = async () => {
    await page.waitForFunction(() => 'ctx' in (window.__register ?? {}))
    return page.evaluate(async () => {
      const { db } = window.__register.ctx
      return { requests: await db.requests.count(), audit: await db.audit.count(), letters: await db.letters.count() }
    })
  }
  const round = async (final) => {
    const c = await counts()
    const { ops, stopped } = await measureRound(page, context, { count: c.requests, today, month, final })
    const step = { count: c.requests, audit: c.audit, letters: c.letters, ops }
    printStep(step)
    // Other work on the machine moves every figure: say how busy it was.
    console.log(
      `\n${cpus().length} cores, load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} after this round`
    )
    steps.push(step)
    if (stopped) await freshPage()
  }
  if (reused && !RESUME) {
    console.log(`reusing the register in ${PROFILE} (${reused.count.toLocaleString('en')} requests)`)
    await round(true)
  } else {
    if (!reused) await registerFirstManager(page, PIN)
    let done = reused ? (await counts()).requests : 0
    if (reused) console.log(`going on from the ${done.toLocaleString('en')} requests in ${PROFILE}`)
    let base = []
    for (const target of STEPS) {
      if (target <= done) continue
      await openSeedPage(page, BASE)
      const seedTo = Math.min(target, SEED)
      if (seedTo > done) {
        const t0 = Date.now()
        const sum = await fillRegister(page, {
          from: done,
          to: seedTo,
          today,
          firstDay: FIRST_DAY,
          timing: true,
          // One line a slice (2,500 requests), so a long run's log shows how far it is and at what rate.
          onProgress: (n) => {
            const secs = (Date.now() - t0) / 1000
            process.stderr.write(
              `seeded ${n.toLocaleString('en')} requests (${secs.toFixed(0)} s into this step, ${((n - done) / secs).toFixed(1)} requests/s)\n`
            )
          }
        })
        console.log(`\n${fillReport(done, seedTo, (Date.now() - t0) / 1000, sum)}`)
        done = seedTo
      }
      if (target > done) {
        if (base.length === 0) base = await requestIds(page)
        const t0 = Date.now()
        const copied = await growByCopies(page, {
          from: done,
          to: target,
          base,
          afterChunk: () => page.evaluate(() => window.__register.anchorHead())
        })
        const secs = (Date.now() - t0) / 1000
        console.log(
          `\ncopy ${done.toLocaleString('en')} → ${target.toLocaleString('en')}: ${secs.toFixed(0)} s, ` +
            `${((target - done) / secs).toFixed(1)} requests/s (${copied.audit.toLocaleString('en')} audit entries, ` +
            `${copied.letters.toLocaleString('en')} letters; copies of the ${base.length.toLocaleString('en')} requests it held)`
        )
        done = target
      }
      await closeSeedPage(page, BASE)
      writeFileSync(MARK, JSON.stringify({ count: done, firstDay: FIRST_DAY }))
      await round(target === COUNT)
    }
  }
  printGrowth(steps)
  console.log('\nTargets are printed beside each figure; the benchmark never fails on time.')
} finally {
  await context.close()
  stopServer()
}
