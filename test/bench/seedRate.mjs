// The seed's rate alone: builds a new register of BENCH_COUNT requests (default 4,000) as `npm run bench` does
// (test/bench/seed.mjs, the app's own repository functions), in the same four steps, without measuring rounds in
// between, and prints per step requests/s, audit entries/s and where the time went by repository call kind.
// The register is left in .bench/seedrate-<count>/ and rebuilt on every run.
//   BENCH_COUNT=4000 node test/bench/seedRate.mjs
//   BENCH_STEPS=1 node …                             only the first step (a quarter of the count)
//   BENCH_CPU_PROFILE=.bench/cpu node …              also a CPU profile of each step's fill (.cpuprofile), and
//                                                   the functions with the most self time
//   BENCH_IDB_TRACE=1 node …                         also the IndexedDB requests of each step, by store and kind
//   BENCH_SKIP_BUILD=1 WEB_OUT_DIR=out/web-before …  serve a build made beforehand (another commit's)
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { installIdbTrace, summariseTrace } from './idbTrace.mjs'
import { PIN } from './measure.mjs'
import { fillRegister, fillReport, openSeedPage, registerFirstManager } from './seed.mjs'
import { serveWebBuild } from './webServer.mjs'

const COUNT = Number(process.env.BENCH_COUNT ?? 4_000)
const STEP_COUNT = Number(process.env.BENCH_STEPS ?? 4)
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4175)
const BASE = `http://127.0.0.1:${PORT}/`
const CPU_DIR = process.env.BENCH_CPU_PROFILE
const TRACE = process.env.BENCH_IDB_TRACE === '1'
const PROFILE = `.bench/seedrate-${COUNT}`
const STEPS = [0.25, 0.5, 0.75, 1].map((f) => Math.round(COUNT * f)).slice(0, STEP_COUNT)
const env = { ...process.env, WEB_OUT_DIR: process.env.WEB_OUT_DIR ?? 'out/web-bench', E2E_PORT: String(PORT) }
const tokyoDay = (d) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' })
const today = tokyoDay(new Date())
const monthsBack = (n) => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() - n)
  return d.toISOString().slice(0, 7)
}
const FIRST_DAY = `${monthsBack(Math.max(12, Math.round(COUNT / 2_500)))}-01`

/** The functions with the most self time in a CPU profile: [name (url:line), ms, share]. */
function selfTimes(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const byFn = new Map()
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame
    const k = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim()
    byFn.set(k, (byFn.get(k) ?? 0) + us)
  }
  return [...byFn.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => [k, us / 1000, us / total])
}

const { ready: waitForServer, stop: stopServer } = serveWebBuild(env, { build: process.env.BENCH_SKIP_BUILD !== '1' })
rmSync(PROFILE, { recursive: true, force: true })
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
try {
  await waitForServer(BASE)
  if (TRACE) await context.addInitScript(installIdbTrace)
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(300_000)
  await page.goto(BASE)
  await registerFirstManager(page, PIN)
  const cdp = CPU_DIR ? await context.newCDPSession(page) : null
  if (cdp) {
    mkdirSync(CPU_DIR, { recursive: true })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
  }
  let done = 0
  const total = { secs: 0, requests: 0, audit: 0 }
  for (const target of STEPS) {
    await openSeedPage(page, BASE)
    if (cdp) await cdp.send('Profiler.start')
    const since = Date.now()
    const sum = await fillRegister(page, {
      from: done,
      to: target,
      today,
      firstDay: FIRST_DAY,
      timing: true,
      onProgress: (n) => process.stderr.write(`seeded ${n.toLocaleString('en')} requests\r`)
    })
    const secs = (Date.now() - since) / 1000
    console.log(`\n${fillReport(done, target, secs, sum)}`)
    total.secs += secs
    total.requests += target - done
    total.audit += sum.audit
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      writeFileSync(`${CPU_DIR}/fill-${target}.cpuprofile`, JSON.stringify(profile))
      console.log(`  CPU profile of the page (${CPU_DIR}/fill-${target}.cpuprofile), self time:`)
      for (const [k, ms, share] of selfTimes(profile))
        console.log(`    ${(ms / 1000).toFixed(1).padStart(7)} s ${(share * 100).toFixed(1).padStart(5)} %  ${k}`)
    }
    if (TRACE) {
      const trace = await page.evaluate((t) => window.__idbTrace.filter((e) => e.t0 >= t), since)
      console.log('  IndexedDB requests during the fill (busy = sum of each request’s wait):')
      for (const g of summariseTrace(trace, since).sort((a, b) => b.busy - a.busy))
        console.log(
          `    ${g.k.padEnd(50)} ×${String(g.calls).padStart(7)} rows/steps ${String(g.n || g.steps).padStart(9)}  busy ${(g.busy / 1000).toFixed(1).padStart(7)} s`
        )
      await page.evaluate(() => (window.__idbTrace.length = 0))
    }
    done = target
  }
  console.log(
    `\nin all: ${total.requests.toLocaleString('en')} requests in ${total.secs.toFixed(0)} s, ` +
      `${(total.requests / total.secs).toFixed(1)} requests/s, ${(total.audit / total.secs).toFixed(0)} audit entries/s; ` +
      `${cpus().length} cores, load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`
  )
} finally {
  await context.close()
  stopServer()
}
