// Backups in the web build live in a separate IndexedDB database and the anchor in localStorage; these helpers
// read them, delete the register's own database, and choose a backup file through the page's file picker.
import { expect, type Page } from '@playwright/test'

// The e2e project has no DOM typings: the little of IndexedDB used in the page, typed here.
interface Req<T> {
  result: T
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}
interface PageIdb {
  open(name: string): Req<{
    transaction(store: string): { objectStore(store: string): { getAll(): Req<unknown[]> } }
    close(): void
  }>
  deleteDatabase(name: string): Req<undefined>
}

export async function backupNow(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: '今すぐバックアップ' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'バックアップしました。' })).toBeVisible()
}

/** The newest backup's file text (manifest line, newline, content). */
export async function newestBackupText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open('kaiji-uketsukebo-backups')
        open.onerror = () => reject(new Error('no backup store'))
        open.onsuccess = () => {
          const all = open.result.transaction('files').objectStore('files').getAll()
          all.onsuccess = () => {
            // Each stored backup is the file as a Blob (IndexedDB keeps it by reference).
            const files = (all.result as { fileName: string; file: { text(): Promise<string> } }[]).sort((a, b) =>
              b.fileName.localeCompare(a.fileName)
            )
            open.result.close()
            const newest = files[0]
            if (newest) newest.file.text().then(resolve, reject)
            else reject(new Error('no backups'))
          }
        }
      })
  )
}

/** Deletes the register's database as Chromium does when it finds it damaged, keeping the anchor and backups. */
export async function deleteRegisterDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.deleteDatabase('kaiji-uketsukebo')
        req.onsuccess = () => resolve()
        req.onerror = () => reject(new Error('delete failed'))
      })
  )
}

export async function chooseBackupFile(page: Page, button: string, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/gzip', buffer })
}

export async function registerCounts(page: Page): Promise<{ requests: number; problems: number }> {
  return page.evaluate(async () => {
    const r = (
      globalThis as unknown as {
        __register: {
          ctx: { db: { requests: { count(): Promise<number> } } }
          verifyAuditChain(ctx: unknown): Promise<{ problems: unknown[] }>
        }
      }
    ).__register
    const report = await r.verifyAuditChain(r.ctx)
    return { requests: await r.ctx.db.requests.count(), problems: report.problems.length }
  })
}
