// Benchmark: sharing the register between PCs (SPEC.md "Sharing the register between PCs"), with pouchdb-server in
// memory standing in for the clinic's CouchDB. Prints figures; never fails on time.
//   1. A clinic's single PC (no server yet) fills its register through the app's own repository functions:
//      requests imported, then each held and resumed (about BENCH_CATCHUP_ENTRIES audit entries in all).
//   2. The PC is given the server: the time for its entries to reach the server.
//   3. A second PC joins: the time from its first page load until it holds every entry, its requests folded.
//   4. The second PC loses the server while the first writes BENCH_OFFLINE_ENTRIES more; the time to catch up once
//      the server answers again (reconnect, then receive and apply).
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { serveWebBuild } from './webServer.mjs'
import { setupClinicDatabase } from '../../scripts/couchdb/setup.mjs'
import { freePort, startTestCouch } from '../../scripts/couchdb/test-server.mjs'

const ENTRIES = Number(process.env.BENCH_CATCHUP_ENTRIES ?? 10_000)
const OFFLINE_ENTRIES = Number(process.env.BENCH_OFFLINE_ENTRIES ?? 2_000)
const PORT = Number(process.env.BENCH_PORT ?? 4178)
const env = { ...process.env, WEB_OUT_DIR: 'out/web-bench-catchup', E2E_PORT: String(PORT) }
const PIN = '2468'
const DATABASE = 'clinic-bench'
const POLICY_KEY = 'kaiji.syncPolicy'
const s = (ms) => `${(ms / 1000).toFixed(1)} s`

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
const adminAuth = `Basic ${Buffer.from(`${couch.admin.name}:${couch.admin.password}`).toString('base64')}`
const serverDocs = async () =>
  (await (await fetch(`${couch.url}/${DATABASE}`, { headers: { authorization: adminAuth } })).json()).doc_count
const policy = (username) =>
  JSON.stringify({ enabled: true, url: couch.url, database: DATABASE, username, password: `${username}-secret` })

const { ready: waitForServer, stop: stopServer } = serveWebBuild(env)
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
})
const counts = (page) =>
  page.evaluate(async () => {
    const r = globalThis.__register
    return { audit: await r.ctx.db.audit.count(), requests: await r.ctx.db.requests.count() }
  })
const until = async (check) => {
  for (;;) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
}
async function login(page) {
  await page.getByRole('radio', { name: '計測 管理' }).check()
  await page.getByLabel('PIN').fill(PIN)
  await page.getByRole('button', { name: 'ログイン' }).click()
}

/** Hold and resume each of these requests, in outer transactions of 50 requests like the main benchmark's seed. */
const holdAndResume = (page, rounds, limit) =>
  page.evaluate(
    async ({ rounds, limit }) => {
      const r = globalThis.__register
      const [m] = await r.listStaff(r.ctx)
      const actor = { id: m.id, name: m.name, role: m.role }
      const ids = (await r.ctx.db.requests.toCollection().primaryKeys()).slice(0, limit)
      const { db } = r.ctx
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < ids.length; i += 50) {
          await db.transaction('rw', db.tables, async () => {
            for (const id of ids.slice(i, i + 50)) {
              await r.applyRequestEvent(r.ctx, actor, id, { type: 'hold', reason: '書類待ち' })
              await r.applyRequestEvent(r.ctx, actor, id, { type: 'resume' })
            }
          })
        }
      }
    },
    { rounds, limit }
  )

try {
  await waitForServer(`http://127.0.0.1:${PORT}/`)
  // 1. One PC, no server.
  const contextA = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  const a = await contextA.newPage()
  await a.goto(`http://127.0.0.1:${PORT}/`)
  await a.getByRole('textbox', { name: '氏名(表示名)' }).fill('計測 管理')
  await a.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(PIN)
  await a.getByRole('textbox', { name: 'PIN(確認)' }).fill(PIN)
  await a.getByRole('button', { name: '登録して始める' }).click()
  await a.getByRole('button', { name: '印刷して保管しました' }).click()
  // Each request: a numbering and a creation entry, then a hold and a resume: four entries.
  const requests = Math.max(1, Math.round(ENTRIES / 4))
  const t0 = Date.now()
  await a.evaluate(async (n) => {
    const r = globalThis.__register
    const [m] = await r.listStaff(r.ctx)
    const settings = await r.loadSettings(r.ctx)
    const person = (i) => ({
      name: `計測 ${i}`,
      nameKana: 'ケイソク',
      birthDate: '1980-04-01',
      patientNo: '',
      postalCode: '',
      address: '',
      phone: '',
      email: ''
    })
    const requester = {
      type: 'self',
      agentName: '',
      agentKana: '',
      relation: '',
      postalCode: '',
      address: '',
      phone: '',
      email: ''
    }
    const intakes = Array.from({ length: n }, (_, i) => ({
      receivedOn: '2026-11-20',
      channel: 'counter',
      kind: 'disclosure',
      person: person(i),
      requester,
      dataCategories: ['appointments'],
      dataOther: '',
      requestGrounds: [],
      disclosureMethod: 'paper',
      fee: 0,
      details: ''
    }))
    await r.importRequests(r.ctx, { id: m.id, name: m.name, role: m.role }, intakes, settings.deadline)
  }, requests)
  await holdAndResume(a, 1, requests)
  const seeded = await counts(a)
  console.log(`seed: ${seeded.requests} requests, ${seeded.audit} audit entries on one PC in ${s(Date.now() - t0)}`)

  // 2. The PC is given the server.
  await contextA.addInitScript(([key, value]) => localStorage.setItem(key, value), [POLICY_KEY, policy('pc-a')])
  const t1 = Date.now()
  await a.reload()
  await login(a)
  await until(async () => (await serverDocs()) >= seeded.audit)
  console.log(`share: the first PC's ${seeded.audit} entries reached the server in ${s(Date.now() - t1)} (from reload)`)

  // 3. A second PC joins.
  const contextB = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  await contextB.addInitScript(([key, value]) => localStorage.setItem(key, value), [POLICY_KEY, policy('pc-b')])
  const b = await contextB.newPage()
  const t2 = Date.now()
  await b.goto(`http://127.0.0.1:${PORT}/`)
  await b.getByRole('radio', { name: '計測 管理' }).waitFor({ timeout: 600_000 })
  const joinedAt = Date.now() - t2
  await login(b)
  const target = (await counts(a)).audit
  await until(async () => (await counts(b)).audit >= target)
  const joined = await counts(b)
  const heapJoin = await b.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)
  console.log(
    `join: a new PC showed its login (staff received) ${s(joinedAt)} after its first page load and held all ` +
      `${joined.audit} entries (${joined.requests} requests folded) after ${s(Date.now() - t2)}; JS heap ${Math.round(heapJoin / 1e6)} MB`
  )

  // 4. The second PC offline while the first writes more.
  const pattern = `${couch.url}/**`
  await contextB.route(pattern, (route) => route.abort('internetdisconnected'))
  const before = await counts(b)
  const t3 = Date.now()
  const perRound = Math.min(requests, Math.max(1, Math.round(OFFLINE_ENTRIES / 2)))
  await holdAndResume(a, Math.max(1, Math.round(OFFLINE_ENTRIES / 2 / perRound)), perRound)
  const more = (await counts(a)).audit
  await until(async () => (await serverDocs()) >= more)
  const written = Date.now() - t3
  const t4 = Date.now()
  await contextB.unroute(pattern)
  let first = 0
  await until(async () => {
    const now = await counts(b)
    if (first === 0 && now.audit > before.audit) first = Date.now()
    return now.audit >= more
  })
  const done = Date.now()
  console.log(
    `catch-up: while the second PC was offline the first wrote ${more - before.audit} entries (${s(written)} with the ` +
      `push); once the server answered again the second PC reconnected in ${s(first - t4)} and received and applied ` +
      `them in ${s(done - first)} (${Math.round((more - before.audit) / ((done - first) / 1000))} entries/s)`
  )
} finally {
  await browser.close()
  stopServer()
  await couch.stop()
}
