// Backup and restore at a clinic's scale (npm run bench does the same at its last step, at whatever size it
// reached): 1,000 requests seeded through the app's own functions, copied to BENCH_COUNT (default 100,000) with
// their histories, letters and chained audit entries (copyInPage.mjs), then a backup taken, written to the browser's backup store,
// read back, checked and restored over the register, as the settings screen does. Prints each phase's time, the
// longest frame and the JS heap's peak; never fails on time.
//   node test/bench/backupScale.mjs            BENCH_COUNT=10000 node test/bench/backupScale.mjs
import { existsSync, rmSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { growByCopies, requestIds } from './copyInPage.mjs'
import { backupRoundTripInPage } from './inPageLong.mjs'
import { PIN } from './measure.mjs'
import { registerFirstManager, seedSliceInPage } from './seed.mjs'
import { serveWebBuild } from './webServer.mjs'

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000)
const SEED = 1_000
const PORT = Number(process.env.BENCH_PORT ?? 4176)
const PROFILE = `.bench/profile-backup-${COUNT}`
const env = { ...process.env, WEB_OUT_DIR: process.env.WEB_OUT_DIR ?? 'out/web-bench', E2E_PORT: String(PORT) }
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' })

const { ready, stop } = serveWebBuild(env)
rmSync(PROFILE, { recursive: true, force: true })
const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info'],
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo'
})
try {
  await ready(`http://127.0.0.1:${PORT}/`)
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(3_600_000)
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await registerFirstManager(page, PIN)
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  const firstDay = `${String(Number(today.slice(0, 4)) - 1)}-${today.slice(5, 7)}-01`
  for (let from = 0; from < SEED; from += 250)
    await page.evaluate(seedSliceInPage, { from, count: 250, today, firstDay })
  const base = await requestIds(page)
  const t0 = Date.now()
  await growByCopies(page, { from: base.length, to: COUNT, base })
  const counts = await page.evaluate(async () => {
    const { db } = window.__register.ctx
    return { requests: await db.requests.count(), audit: await db.audit.count() }
  })
  console.log(
    `register: ${counts.requests.toLocaleString('en')} requests, ${counts.audit.toLocaleString('en')} audit entries ` +
      `(copied in ${((Date.now() - t0) / 1000).toFixed(0)} s)`
  )
  const b = await page.evaluate(backupRoundTripInPage)
  if (!b.ok) console.log(`backup and restore: failed: ${b.message}`)
  for (const [name, p] of Object.entries(b.phases))
    console.log(
      `${name.padEnd(8)} ${(p.ms / 1000).toFixed(1).padStart(7)} s   longest frame ${(p.longestFrameMs / 1000).toFixed(1)} s` +
        `   JS heap peak ${p.peakMb.toFixed(0)} MB`
    )
  if (b.ok)
    console.log(
      `backup file: ${(b.textBytes / 1e6).toFixed(0)} MB of text, ${(b.gzipBytes / 1e6).toFixed(0)} MB gzip-compressed`
    )
  console.log(
    `${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`
  )
} finally {
  await context.close()
  stop()
}
