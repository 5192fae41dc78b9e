// Benchmark: a PC that was offline while another PC wrote 10,000 audit entries catches up when the server answers
// again (SPEC.md "Sharing the register between PCs"). pouchdb-server in memory stands in for the clinic's CouchDB.
// PC A writes the entries through the app's own repository functions (hold and resume on 50 requests, two entries
// a step) while PC B cannot reach the server; then B's route opens and the time until B holds every entry, its
// requests refolded, is printed. Never fails on time. BENCH_CATCHUP_ENTRIES changes the size.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { serveWebBuild } from './webServer.mjs'
import { setupClinicDatabase } from '../../scripts/couchdb/setup.mjs'
import { freePort, startTestCouch } from '../../scripts/couchdb/test-server.mjs'

const ENTRIES = Number(process.env.BENCH_CATCHUP_ENTRIES ?? 10_000)
const REQUESTS = 50
const PORT = Number(process.env.BENCH_PORT ?? 4178)
const env = { ...process.env, WEB_OUT_DIR: 'out/web-bench-catchup', E2E_PORT: String(PORT) }
const PIN = '2468'
const DATABASE = 'clinic-bench'

const couch = await startTestCouch({ port: await freePort() })
await setupClinicDatabase({
  url: couch.url,
  admin: couch.admin,
  database: DATABASE,
  pcs: [
    { name: 'pc-a', password: 'pc-a-secret' },
    { name: 'pc-b', password: 'pc-b-secret' }
  ]
})
const { ready: waitForServer, stop: stopServer } = serveWebBuild(env)
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
})

async function pcPage(username) {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  const policy = { enabled: true, url: couch.url, database: DATABASE, username, password: `${username}-secret` }
  await context.addInitScript(
    ([key, value]) => localStorage.setItem(key, value),
    ['kaiji.syncPolicy', JSON.stringify(policy)]
  )
  return context.newPage()
}

/** Entries this page holds, and how many of them came from other PCs. */
const counts = (page) =>
  page.evaluate(async () => {
    const r = globalThis.__register
    return { audit: await r.ctx.db.audit.count(), requests: await r.ctx.db.requests.count() }
  })

try {
  await waitForServer(`http://127.0.0.1:${PORT}/`)
  const a = await pcPage('pc-a')
  await a.goto(`http://127.0.0.1:${PORT}/`)
  await a.getByRole('textbox', { name: '氏名(表示名)' }).fill('計測 管理')
  await a.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(PIN)
  await a.getByRole('textbox', { name: 'PIN(確認)' }).fill(PIN)
  await a.getByRole('button', { name: '登録して始める' }).click()
  await a.getByRole('button', { name: '印刷して保管しました' }).click()
  await a.locator('.sync-status', { hasText: '同期済' }).waitFor({ timeout: 60_000 })

  // B joins while the register is small, then loses the server.
  const b = await pcPage('pc-b')
  await b.goto(`http://127.0.0.1:${PORT}/`)
  await b.getByRole('radio', { name: '計測 管理' }).check()
  await b.getByLabel('PIN').fill(PIN)
  await b.getByRole('button', { name: 'ログイン' }).click()
  await b.locator('.sync-status', { hasText: '同期済' }).waitFor({ timeout: 60_000 })
  const pattern = `${couch.url}/**`
  await b.context().route(pattern, (route) => route.abort('internetdisconnected'))

  const t0 = Date.now()
  await a.evaluate(
    async ({ requests, steps }) => {
      const r = globalThis.__register
      const [m] = await r.listStaff(r.ctx)
      const actor = { id: m.id, name: m.name, role: m.role }
      const settings = await r.loadSettings(r.ctx)
      const intake = (i) => ({
        receivedOn: '2026-11-20',
        channel: 'counter',
        kind: 'disclosure',
        person: {
          name: `計測 ${i}`,
          nameKana: 'ケイソク',
          birthDate: '1980-04-01',
          patientNo: '',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        },
        requester: {
          type: 'self',
          agentName: '',
          agentKana: '',
          relation: '',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        },
        dataCategories: ['appointments'],
        dataOther: '',
        requestGrounds: [],
        disclosureMethod: 'paper',
        fee: 0,
        details: ''
      })
      const ids = []
      for (let i = 0; i < requests; i++)
        ids.push((await r.createRequest(r.ctx, actor, intake(i), settings.deadline)).id)
      // As the main benchmark's seed does: each step of the 50 requests inside one outer transaction that every
      // repository call joins (IndexedDB pays per commit); the calls and the entries are the app's own.
      const { db } = r.ctx
      for (let s = 0; s < steps; s++) {
        await db.transaction('rw', db.tables, async () => {
          for (const id of ids) {
            await r.applyRequestEvent(r.ctx, actor, id, { type: 'hold', reason: '書類待ち' })
            await r.applyRequestEvent(r.ctx, actor, id, { type: 'resume' })
          }
        })
      }
    },
    { requests: REQUESTS, steps: Math.ceil((ENTRIES - REQUESTS * 2) / (REQUESTS * 2)) }
  )
  const written = Date.now() - t0
  const target = (await counts(a)).audit
  // A's entries reach the server (the outbox runs after each commit; PouchDB pushes them).
  const t1 = Date.now()
  for (;;) {
    const res = await fetch(`${couch.url}/${DATABASE}`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${couch.admin.name}:${couch.admin.password}`).toString('base64')}`
      }
    })
    const info = await res.json()
    if (info.doc_count >= target) break
    await new Promise((r) => setTimeout(r, 200))
  }
  const pushed = Date.now() - t1
  const before = await counts(b)

  const t2 = Date.now()
  await b.context().unroute(pattern)
  // Reconnecting waits for B's next probe of the server (every 10 s) or PouchDB's retry; then the transfer and apply.
  let firstArrival = 0
  for (;;) {
    const now = await counts(b)
    if (firstArrival === 0 && now.audit > before.audit) firstArrival = Date.now()
    if (now.audit >= target) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const caughtUp = Date.now() - t2
  const applying = Date.now() - firstArrival
  const after = await counts(b)
  const heap = await b.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)
  console.log(
    `catch-up: PC A wrote ${target - before.audit} entries (${REQUESTS} requests) in ${(written / 1000).toFixed(1)} s, ` +
      `pushed to the server in ${(pushed / 1000).toFixed(1)} s; PC B, offline meanwhile, held ${before.audit} entries and ` +
      `caught up to ${after.audit} (${after.requests} requests refolded) in ${(caughtUp / 1000).toFixed(1)} s after the ` +
      `server answered again: ${((caughtUp - applying) / 1000).toFixed(1)} s to reconnect, then ${(applying / 1000).toFixed(1)} s ` +
      `to receive and apply (${Math.round((after.audit - before.audit) / (applying / 1000))} entries/s); B's JS heap ${Math.round(heap / 1e6)} MB`
  )
} finally {
  await browser.close()
  stopServer()
  await couch.stop()
}
