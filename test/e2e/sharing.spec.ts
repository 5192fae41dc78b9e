// Two reception PCs sharing one register through the clinic's CouchDB (pouchdb-server in memory here, started by
// playwright.config.ts or .ci/run). Each browser context is a separate PC with its own IndexedDB and its own
// CouchDB user; "offline" is the server's address refused for that PC only.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { couchUrl, createClinicDb, dropDb } from './couch'
import { fillDisclosureIntake, login, MANAGER, startAsFirstManager } from './helpers'

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
