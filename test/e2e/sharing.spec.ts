// Two reception PCs sharing one register through the clinic's CouchDB (pouchdb-server in memory here, started by
// playwright.config.ts or .ci/run). Each browser context is a separate PC with its own IndexedDB and its own
// CouchDB user; "offline" is the server's address refused for that PC only.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { couchUrl, createClinicDb, dropDb } from './couch'
import { fillDisclosureIntake, login, MANAGER, startAsFirstManager } from './helpers'
import { statusValue } from './workflow-helpers'
import type { RegisterHooks } from './registerHooks'
import { TEST_ADMIN } from '../../scripts/couchdb/test-server.mjs'

const POLICY_KEY = 'kaiji.syncPolicy'

async function pc(browser: Browser, database: string, username: string, password: string): Promise<Page> {
  const context = await browser.newContext()
  const policy = { enabled: true, url: couchUrl(), database, username, password }
  await context.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value)
    },
    [POLICY_KEY, JSON.stringify(policy)] as const
  )
  return context.newPage()
}

const syncBar = (page: Page) => page.locator('.sync-status')

async function intake(page: Page, name: string, kana: string): Promise<string> {
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name, kana, birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  const saved = page.getByRole('status').filter({ hasText: 'で登録しました' })
  await expect(saved).toBeVisible()
  const no = /受付番号 (\d{4}-\d{4,}) で登録しました/u.exec((await saved.textContent()) ?? '')?.[1]
  if (!no) throw new Error('no receipt number on screen')
  return no
}

async function offline(page: Page, off: boolean): Promise<void> {
  const pattern = `${couchUrl()}/**`
  if (off) await page.context().route(pattern, (route) => route.abort('internetdisconnected'))
  else await page.context().unroute(pattern)
}

async function registerRow(page: Page, receiptNo: string) {
  await page.getByRole('link', { name: '受付簿', exact: true }).click()
  return page.getByRole('table', { name: '受付簿' }).getByRole('row').filter({ hasText: receiptNo })
}

test.describe.configure({ mode: 'serial' })

test('two PCs share one register: intake on one appears on the other, both work offline and converge, numbers never collide', async ({
  browser
}) => {
  test.setTimeout(120_000)
  const database = `clinic-e2e-${String(Date.now())}`
  await createClinicDb(database, [
    { name: 'pc-a', password: 'pc-a-secret' },
    { name: 'pc-b', password: 'pc-b-secret' }
  ])
  try {
    // PC A starts the clinic: its first manager, then an intake.
    const a = await pc(browser, database, 'pc-a', 'pc-a-secret')
    await startAsFirstManager(a)
    await expect(syncBar(a)).toContainText('同期済')
    const first = await intake(a, '山田 太郎', 'ヤマダ タロウ')

    // PC B is new: it joins the clinic from the server, so the login screen already lists A's manager and the
    // same PIN works there.
    const b = await pc(browser, database, 'pc-b', 'pc-b-secret')
    await b.goto('/')
    await expect(b.getByRole('radio', { name: MANAGER.name })).toBeVisible()
    await login(b, MANAGER)
    await expect(syncBar(b)).toContainText('同期済')
    await expect(await registerRow(b, first)).toContainText('山田')

    // Both PCs lose the server and keep taking requests, each from its own leased block of numbers.
    // An idle PC notices at its next exchange; one that saves something notices at once.
    await offline(a, true)
    await offline(b, true)
    const fromA = await intake(a, '佐々木 花子', 'ササキ ハナコ')
    const fromB = await intake(b, '高橋 次郎', 'タカハシ ジロウ')
    expect(new Set([first, fromA, fromB]).size).toBe(3)
    await expect(syncBar(a)).toContainText('オフライン', { timeout: 30_000 })
    await expect(syncBar(b)).toContainText('オフライン', { timeout: 30_000 })
    await expect(syncBar(b)).toContainText('残り')

    // The server comes back: each PC gets the other's request, and the status says so.
    await offline(a, false)
    await offline(b, false)
    await expect(await registerRow(a, fromB)).toContainText('高橋', { timeout: 30_000 })
    await expect(await registerRow(b, fromA)).toContainText('佐々木', { timeout: 30_000 })
    await expect(syncBar(a)).toContainText('同期済', { timeout: 30_000 })
  } finally {
    await dropDb(database)
  }
})

/** A state-machine event through the app's own repository, as the manager logged in on that PC. */
async function asManager(page: Page, requestId: string, event: { type: string; reason: string }): Promise<void> {
  await page.evaluate(
    async ([id, ev]) => {
      const r = (globalThis as unknown as { __register: RegisterHooks }).__register
      const m = (await r.listStaff(r.ctx)).find((s) => s.role === 'manager')
      if (!m) throw new Error('no manager')
      await r.applyRequestEvent(r.ctx, { id: m.id, name: m.name, role: m.role }, id, ev)
    },
    [requestId, event] as const
  )
}

async function requestRow(page: Page, requestId: string): Promise<unknown> {
  return page.evaluate(async (id) => {
    const r = (
      globalThis as unknown as {
        __register: RegisterHooks & { getRequest(ctx: unknown, id: string): Promise<unknown> }
      }
    ).__register
    return r.getRequest(r.ctx, id)
  }, requestId)
}

test('concurrent edits made apart are flagged on both PCs with one result, a manager clears the flag, and a forged entry is refused', async ({
  browser
}) => {
  test.setTimeout(150_000)
  const database = `clinic-e2e-c-${String(Date.now())}`
  await createClinicDb(database, [
    { name: 'pc-a', password: 'pc-a-secret' },
    { name: 'pc-b', password: 'pc-b-secret' }
  ])
  try {
    const a = await pc(browser, database, 'pc-a', 'pc-a-secret')
    await startAsFirstManager(a)
    const receiptNo = await intake(a, '山田 太郎', 'ヤマダ タロウ')
    const requestId = /#\/requests\/([^/?]+)/u.exec(a.url())?.[1] ?? ''
    expect(requestId).not.toBe('')
    const b = await pc(browser, database, 'pc-b', 'pc-b-secret')
    await b.goto('/')
    await login(b, MANAGER)
    await expect(await registerRow(b, receiptNo)).toContainText('山田', { timeout: 30_000 })

    // Apart, each PC changes the same request.
    await offline(a, true)
    await offline(b, true)
    await asManager(a, requestId, { type: 'hold', reason: '書類待ち' })
    await asManager(b, requestId, { type: 'withdraw', reason: '本人から取下げの電話' })
    await offline(a, false)
    await offline(b, false)

    // Together again: the same row on both, flagged on both, both changes in the history.
    for (const page of [a, b]) {
      await page.goto(`/#/requests/${requestId}`)
      await expect(page.getByRole('heading', { name: '同時に更新されました' })).toBeVisible({ timeout: 40_000 })
      const history = page.getByRole('table').filter({ hasText: '操作' })
      await expect(history).toContainText('保留')
      await expect(history).toContainText('取下げ')
    }
    await expect
      .poll(async () => JSON.stringify(await requestRow(a, requestId)), { timeout: 30_000 })
      .toBe(JSON.stringify(await requestRow(b, requestId)))
    await expect(statusValue(a)).toHaveText(await statusValue(b).innerText())

    // A manager on B checks it; the flag goes on B at once and on A when the entry arrives.
    await b.getByRole('button', { name: '内容を確認しました(フラグを外す)' }).click()
    await expect(b.getByRole('status').filter({ hasText: '同時更新を確認済みにしました' })).toBeVisible()
    await expect(a.getByRole('heading', { name: '同時に更新されました' })).toBeHidden({ timeout: 40_000 })

    // An entry forged on the server (by its admin, whom the rules let past the writer check) continuing A's chain
    // with a wrong hash reaches B: B refuses it and says so, and applies nothing from it.
    const head = await a.evaluate(async () => {
      const r = (
        globalThis as unknown as {
          __register: {
            ctx: {
              deviceId: string
              db: {
                audit: { toArray(): Promise<{ deviceId: string; deviceSeq: number; hash: string; clinicId: string }[]> }
              }
            }
          }
        }
      ).__register
      const mine = (await r.ctx.db.audit.toArray()).filter((e) => e.deviceId === r.ctx.deviceId)
      return mine.sort((x, y) => y.deviceSeq - x.deviceSeq)[0]
    })
    if (!head) throw new Error('no head on A')
    const seq = head.deviceSeq + 1
    const forged = {
      _id: `${head.deviceId}:${String(seq).padStart(10, '0')}`,
      type: 'entry',
      writer: 'pc-a',
      entry: {
        id: crypto.randomUUID(),
        clinicId: head.clinicId,
        deviceId: head.deviceId,
        deviceSeq: seq,
        at: new Date().toISOString(),
        actorId: 'x',
        actorName: '偽',
        entity: 'request',
        entityId: requestId,
        action: 'request:close',
        summary: '偽の記録',
        payload: null,
        payloadHash: '0'.repeat(64),
        prevHash: head.hash,
        hash: '1'.repeat(64)
      }
    }
    const auth = `Basic ${Buffer.from(`${TEST_ADMIN.name}:${TEST_ADMIN.password}`).toString('base64')}`
    const put = await fetch(`${couchUrl()}/${database}/${encodeURIComponent(forged._id)}`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(forged)
    })
    expect(put.status).toBe(201)
    await expect(syncBar(b)).toContainText('他の PC から届いた記録を受け付けませんでした', { timeout: 40_000 })
    await expect(syncBar(b)).toContainText('ハッシュが一致しません')
    expect(JSON.stringify(await requestRow(b, requestId))).not.toContain('"status":"closed"')
  } finally {
    await dropDb(database)
  }
})

test('a single PC without a server shows no sharing status and never creates a PouchDB database', async ({ page }) => {
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await expect(page.locator('.sync-status')).toHaveCount(0)
  const names = await page.evaluate(async () => {
    const idb = (globalThis as unknown as { indexedDB: { databases(): Promise<{ name?: string }[]> } }).indexedDB
    return (await idb.databases()).map((d) => d.name ?? '')
  })
  expect(names).toContain('kaiji-uketsukebo')
  expect(names.filter((n) => n.includes('pouch') || n.includes('kaiji-share'))).toEqual([])
})
