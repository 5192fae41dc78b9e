// Failures are shown as failures, in Japanese, and the app stays usable: a full disk, a damaged row, a page
// that does not exist, and a register written by a newer app version.
import { expect, test, type Page } from '@playwright/test'
import { fillDisclosureIntake, login, MANAGER, startAsFirstManager } from './helpers'
import type { IdbConn, PageIdb } from './pageIdb'

const DB = 'kaiji-uketsukebo'

/** Changes one stored row behind the app's back, as a damaged disk or a hand edit would. */
async function damageRow(page: Page, store: string, receiptNo: string, patch: Record<string, unknown>) {
  await page.evaluate(
    async ({ db, store, receiptNo, patch }) => {
      const open = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open(db)
      const conn = await new Promise<IdbConn>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(new Error('the register could not be opened'))
      })
      const tx = conn.transaction(store, 'readwrite')
      const os = tx.objectStore(store)
      const all = await new Promise<Record<string, unknown>[]>((resolve) => {
        const r = os.getAll()
        r.onsuccess = () => resolve(r.result as Record<string, unknown>[])
      })
      const row = all.find((x) => x.receiptNo === receiptNo)
      if (!row) throw new Error(`no row ${receiptNo}`)
      os.put({ ...row, ...patch })
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()))
      conn.close()
    },
    { db: DB, store, receiptNo, patch }
  )
}

async function fullDisk(page: Page, on: boolean) {
  await page.evaluate(async (on) => {
    const hooks = (globalThis as unknown as { __register: { simulateFullDisk: (on: boolean) => Promise<void> } })
      .__register
    await hooks.simulateFullDisk(on)
  }, on)
}

async function takeRequest(page: Page, name: string, kana: string) {
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name, kana, birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('status')).toContainText('で登録しました')
}

test('a full disk is named, the typed intake stays, the button comes back, and saving works once there is room', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  // Every write now fails with IndexedDB's QuotaExceededError, as on a full disk (Chromium's quota override
  // does not reach IndexedDB commits in headless Chromium).
  await fullDisk(page, true)
  const save = page.getByRole('button', { name: '受付を登録' })
  await save.click()
  const alert = page.getByRole('alert').filter({ hasText: 'ディスクの空きが不足しているため保存できませんでした' })
  await expect(alert).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '登録しました' })).toHaveCount(0)
  await expect(save).toBeEnabled()
  await expect(page.getByRole('textbox', { name: '氏名', exact: true })).toHaveValue('山田 太郎')
  await expect(page.getByRole('navigation')).toBeVisible()

  await fullDisk(page, false)
  await save.click()
  await expect(page.getByRole('status')).toContainText('受付番号 2026-0001 で登録しました')
})

test('a login that cannot be recorded on a full disk says so and the button comes back', async ({ page }) => {
  await startAsFirstManager(page)
  await page.getByRole('button', { name: 'ロック' }).click()
  await fullDisk(page, true)
  await page.getByLabel('PIN').fill(MANAGER.pin)
  const button = page.getByRole('button', { name: 'ログイン' })
  await button.click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'ディスクの空きが不足しているため保存できませんでした' })
  ).toBeVisible()
  await expect(button).toBeEnabled()
  await expect(page.getByRole('radio', { name: MANAGER.name })).toBeVisible()
  await fullDisk(page, false)
  await page.getByLabel('PIN').fill(MANAGER.pin)
  await button.click()
  await expect(page.getByRole('button', { name: 'ロック' })).toBeVisible()
})

test('a damaged request is flagged by its id in the register, on its page and in the monthly log, with the menu usable', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await takeRequest(page, '山田 太郎', 'ヤマダ タロウ')
  await takeRequest(page, '鈴木 花子', 'スズキ ハナコ')
  // The request row and its summary both damaged (a kind the catalogue does not know).
  await damageRow(page, 'requests', '2026-0001', { kind: 'unknownKind' })
  await damageRow(page, 'summaries', '2026-0001', { status: 42 })
  await page.reload()
  await login(page, MANAGER)

  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'この記録は読み込めません' })).toBeVisible()
  const table = page.getByRole('table', { name: '受付簿' })
  await expect(table.getByRole('row').filter({ hasText: '2026-0002' })).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: '2026-0001' })).toHaveCount(0)

  await page.getByRole('navigation').getByRole('link', { name: '月次処理簿' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '読み込めない記録が1件あり' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '月次処理簿', exact: true })).toBeVisible()
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0)

  // The request's own page, reached by its address.
  const id = await page.evaluate(async (db) => {
    const open = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open(db)
    const conn = await new Promise<IdbConn>((resolve) => (open.onsuccess = () => resolve(open.result)))
    const r = conn.transaction('requests').objectStore('requests').getAll()
    const rows = await new Promise<{ id: string; receiptNo: string }[]>(
      (resolve) => (r.onsuccess = () => resolve(r.result as { id: string; receiptNo: string }[]))
    )
    conn.close()
    return rows.find((x) => x.receiptNo === '2026-0001')?.id ?? ''
  }, DB)
  await page.goto(`/#/requests/${id}`)
  await expect(page.getByRole('alert')).toContainText(`この記録は読み込めません(ID: ${id})`)
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByRole('heading', { name: '受付簿' })).toBeVisible()
})

test('a page that does not exist says so in Japanese inside the app, and the menu takes staff home', async ({
  page
}) => {
  await startAsFirstManager(page)
  await page.goto('/#/no-such-page')
  await expect(page.getByRole('heading', { name: '画面を表示できませんでした' })).toBeVisible()
  await expect(page.getByText('このページは見つかりません')).toBeVisible()
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0)
  await page.getByRole('link', { name: 'ホームに戻る' }).click()
  await expect(page.getByRole('heading', { name: '画面を表示できませんでした' })).toHaveCount(0)
})

test('a register written by a newer app version opens read-only with a banner, and nothing is written', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await takeRequest(page, '山田 太郎', 'ヤマダ タロウ')
  // What a later version leaves: one more store, and its version on the device row.
  const before = await page.evaluate(async (db) => {
    const hooks = (globalThis as unknown as { __register: { ctx: { db: { close: () => void } } } }).__register
    hooks.ctx.db.close()
    const first = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open(db)
    const current = await new Promise<IdbConn>((resolve) => (first.onsuccess = () => resolve(first.result)))
    const version = current.version
    current.close()
    const req = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open(db, version + 10)
    req.onupgradeneeded = () => {
      req.result.createObjectStore('future', { keyPath: 'id' })
      const device = req.transaction?.objectStore('device')
      const get = device?.get('this')
      if (get)
        get.onsuccess = () => {
          device?.put({ ...get.result, openedBy: { appVersion: '9.1.0', schemaVersion: version / 10 + 1 } })
        }
    }
    const conn = await new Promise<IdbConn>((resolve) => (req.onsuccess = () => resolve(req.result)))
    const count = await new Promise<number>((resolve) => {
      const c = conn.transaction('audit').objectStore('audit').count()
      c.onsuccess = () => resolve(c.result)
    })
    conn.close()
    return { version: version + 10, audit: count }
  }, DB)
  await page.reload()
  const banner = page.getByRole('alert').filter({ hasText: '読み取り専用で開いています' })
  await expect(banner).toContainText('版 9.1.0')
  await expect(banner).toContainText('情報システム担当に版 9.1.0 以降のインストールを依頼してください')
  await login(page, MANAGER)
  await expect(page.getByRole('button', { name: 'ロック' })).toBeVisible()
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '鈴木 花子', kana: 'スズキ ハナコ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '保存できませんでした' })).toContainText('読み取り専用')
  const after = await page.evaluate(async (db) => {
    const req = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open(db)
    const conn = await new Promise<IdbConn>((resolve) => (req.onsuccess = () => resolve(req.result)))
    const count = await new Promise<number>((resolve) => {
      const c = conn.transaction('audit').objectStore('audit').count()
      c.onsuccess = () => resolve(c.result)
    })
    const version = conn.version
    conn.close()
    return { version, audit: count }
  }, DB)
  expect(after).toEqual(before)
})
