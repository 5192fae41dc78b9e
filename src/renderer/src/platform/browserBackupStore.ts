// In a plain browser (the end-to-end tests) there is no file system: backups go to a separate IndexedDB database
// that survives deleting the register's, and the anchor to localStorage. The desktop app never uses this.
import type { Anchor, BackupList, BackupManifest } from '../../../shared/backupIpc'
import { anchorSchema, backupManifestSchema } from '../../../shared/backupIpc'

const STORE_DB = 'kaiji-uketsukebo-backups'
const STORE = 'files'
const ANCHOR_KEY = 'kaiji-uketsukebo-anchor'
/** Browser storage is small; the desktop's rotation keeps far more. */
const KEEP = 20

interface StoredFile {
  fileName: string
  manifest: BackupManifest
  /** The decompressed file: manifest line, newline, content. IndexedDB keeps a Blob by reference. */
  file?: Blob
  /** How earlier versions of this store kept it. */
  text?: string
}

const fileOf = (f: StoredFile): Blob => f.file ?? new Blob([f.text ?? ''])

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function openStore(): Promise<IDBDatabase> {
  const req = indexedDB.open(STORE_DB, 1)
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'fileName' })
  return request(req)
}

async function withStore<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openStore()
  try {
    return await request(fn(db.transaction(STORE, mode).objectStore(STORE)))
  } finally {
    db.close()
  }
}

const nameFor = (at: string) => `kaiji-backup-${at.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}.json.gz`

export async function browserWriteBackup(manifest: BackupManifest, content: Blob) {
  const existing = await withStore('readonly', (s) => s.getAllKeys())
  let fileName = nameFor(manifest.createdAt)
  for (let i = 1; existing.includes(fileName); i++)
    fileName = nameFor(manifest.createdAt).replace('Z.json', `Z-${String(i)}.json`)
  const file = new Blob([`${JSON.stringify(manifest)}\n`, content])
  await withStore('readwrite', (s) => s.put({ fileName, manifest, file } satisfies StoredFile))
  const names = [...existing.map(String), fileName].sort((a, b) => b.localeCompare(a))
  const drop = names.slice(KEEP)
  for (const name of drop) await withStore('readwrite', (s) => s.delete(name))
  return { fileName, filePath: fileName, sizeBytes: file.size, removed: drop.length }
}

export async function browserListBackups(): Promise<BackupList> {
  const files = (await withStore('readonly', (s) => s.getAll())) as StoredFile[]
  const entries = files
    .map((f) => {
      const manifest = backupManifestSchema.safeParse(f.manifest)
      return { fileName: f.fileName, sizeBytes: fileOf(f).size, manifest: manifest.success ? manifest.data : null }
    })
    .sort((a, b) => b.fileName.localeCompare(a.fileName))
  return { folder: 'このブラウザの保存領域', separateDisk: false, entries }
}

export async function browserReadBackup(fileName: string): Promise<{ fileName: string; file: Blob }> {
  const stored = (await withStore('readonly', (s) => s.get(fileName))) as StoredFile | undefined
  if (!stored) throw new Error('バックアップが見つかりません。一覧を開き直してください。')
  return { fileName, file: fileOf(stored) }
}

export function browserReadAnchor(): Anchor | null {
  const raw = localStorage.getItem(ANCHOR_KEY)
  if (raw === null) return null
  try {
    return anchorSchema.parse(JSON.parse(raw))
  } catch {
    return null
  }
}

export function browserWriteAnchor(anchor: Anchor): void {
  localStorage.setItem(ANCHOR_KEY, JSON.stringify(anchor))
}
