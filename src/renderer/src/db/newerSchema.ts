// A register written by a newer app version is opened read-only: nothing is written, nothing deleted, and the
// screens say which version made it. Dexie would otherwise open it silently and go on writing (and would even
// add a store it misses by raising the version), so the version on disk is read first with plain IndexedDB.
import type { DBCore, Middleware } from 'dexie'
import { openContext, type DbContext } from './context'
import type { RegisterDb } from './database'
import { DomainError } from './errors'

export interface OnDiskSchema {
  /** IndexedDB's version number (Dexie stores its schema version × 10). */
  version: number
  stores: string[]
}

/** Why the register is read-only: the schema on disk is newer than this app's. */
export interface NewerRegister {
  schemaVersion: number
  /** The app version that last wrote it, when that version recorded itself. */
  appVersion: string | null
}

export function newerRegisterMessage(newer: NewerRegister): string {
  const made = newer.appVersion === null ? `データ形式 ${newer.schemaVersion}` : `版 ${newer.appVersion}`
  const install = newer.appVersion === null ? 'この PC で使われていた版' : `版 ${newer.appVersion}`
  return `この受付簿は新しい版のアプリ(${made})で作られたため、読み取り専用で開いています。保存・変更はできません。情報システム担当に${install} 以降のインストールを依頼してください。`
}

/** Every write refused while the register is read-only: the one place no screen, import or restore can skip. */
export class ReadOnlyRegisterError extends DomainError {}

export function readOnlyMiddleware(message: () => string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'readOnlyRegister',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return { ...table, mutate: () => Promise.reject(new ReadOnlyRegisterError(message())) }
      }
    })
  }
}

/** The database's version and stores as they are on disk, or null when it does not exist yet. */
export async function onDiskSchema(factory: IDBFactory, name: string): Promise<OnDiskSchema | null> {
  const listed = await factory.databases().catch(() => null)
  if (listed !== null && !listed.some((d) => d.name === name)) return null
  return new Promise((resolve) => {
    const req = factory.open(name)
    // Opening without a version creates a missing database; abort that, so that reading creates nothing.
    req.onupgradeneeded = () => {
      req.transaction?.abort()
    }
    req.onsuccess = () => {
      const db = req.result
      const found = { version: db.version, stores: [...db.objectStoreNames] }
      db.close()
      resolve(found)
    }
    req.onerror = (e) => {
      e.preventDefault()
      resolve(null)
    }
  })
}

/** Whether the schema on disk is newer than the declared one, and, if so, whether it can be read at all. */
export function compareSchema(
  disk: OnDiskSchema | null,
  declaredVersion: number,
  declaredStores: readonly string[]
): { kind: 'same' } | { kind: 'newer'; schemaVersion: number } | { kind: 'unreadable'; schemaVersion: number } {
  if (disk === null || disk.version <= declaredVersion * 10) return { kind: 'same' }
  const schemaVersion = Math.floor(disk.version / 10)
  // A newer version that dropped a store this version needs cannot be shown faithfully.
  if (declaredStores.some((s) => !disk.stores.includes(s))) return { kind: 'unreadable', schemaVersion }
  return { kind: 'newer', schemaVersion }
}

/**
 * Opens the register: as usual when its schema is this version's or older (and records which app version opened
 * it), read-only when a newer version wrote it, and not at all when a newer version dropped a store we need.
 */
export async function openRegisterDb(
  db: RegisterDb,
  appVersion: string,
  factory: IDBFactory,
  now: () => Date = () => new Date()
): Promise<DbContext> {
  const found = compareSchema(
    await onDiskSchema(factory, db.name),
    db.verno,
    db.tables.map((t) => t.name)
  )
  if (found.kind === 'unreadable')
    throw new DomainError(
      `この受付簿は新しい版のアプリ(データ形式 ${found.schemaVersion})で作られたため、この版では開けません。データには触れていません。情報システム担当に新しい版のインストールを依頼してください。`
    )
  if (found.kind === 'same') {
    await db.open()
    const ctx = await openContext(db, now)
    const openedBy = { appVersion, schemaVersion: db.verno }
    const device = await db.device.get('this')
    if (device && (device.openedBy?.appVersion !== appVersion || device.openedBy.schemaVersion !== db.verno))
      await db.device.update('this', { openedBy })
    return ctx
  }
  const newer: NewerRegister = { schemaVersion: found.schemaVersion, appVersion: null }
  db.use(readOnlyMiddleware(() => newerRegisterMessage(newer)))
  await db.open()
  const device = await db.device.get('this')
  if (!device) throw new DomainError(newerRegisterMessage(newer))
  newer.appVersion = device.openedBy?.appVersion ?? null
  return { db, clinicId: device.clinicId, deviceId: device.deviceId, now, readOnly: newer }
}
