// Only the register's sorts, number searches, date range and the 監査記録 list (views.mjs), on the register an
// earlier `npm run bench` left in .bench/profile-<count>/, served on the same port (a register belongs to its
// page's origin). Prints the same table as a bench round; never fails on time.
//   BENCH_COUNT=100000 BENCH_PORT=4193 node test/bench/viewsRun.mjs
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { login } from './measure.mjs'
import { printStep } from './report.mjs'
import { measureViews } from './views.mjs'
import { serveWebBuild } from './webServer.mjs'

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000)
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4175)
const PROFILE = `.bench/profile-${COUNT}`
if (!existsSync(PROFILE)) {
  console.error(`no register in ${PROFILE}: run BENCH_COUNT=${COUNT} npm run bench first`)
  process.exit(1)
}
const env = { ...process.env, WEB_OUT_DIR: process.env.WEB_OUT_DIR ?? 'out/web-bench', E2E_PORT: String(PORT) }
const { ready, stop } = serveWebBuild(env, { build: process.env.BENCH_SKIP_BUILD !== '1' })
const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1366, height: 768 }
})
try {
  await ready(`http://127.0.0.1:${PORT}/`)
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(300_000)
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await login(page)
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await page.locator('.grid-body [role="row"] a').first().waitFor()
  const counts = await page.evaluate(async () => {
    const { db } = window.__register.ctx
    return { count: await db.requests.count(), audit: await db.audit.count(), letters: await db.letters.count() }
  })
  const ops = {}
  await measureViews(page, (name, op) => {
    ops[name] = op
    process.stderr.write(`measured: ${name}\n`)
  })
  printStep({ ...counts, ops })
  console.log(
    `\n${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`
  )
} finally {
  await context.close()
  stop()
}
