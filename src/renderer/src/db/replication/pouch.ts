// The part of PouchDB this app uses, typed here (PouchDB ships no types of its own; the community typings pull
// Node's into the renderer). Creating databases happens in one place, so tests can pass the memory adapter.
import PouchDBImpl from 'pouchdb-browser'

export interface PouchDoc {
  _id: string
  _rev?: string
  [key: string]: unknown
}

export interface AllDocsOptions {
  startkey?: string
  endkey?: string
  descending?: boolean
  limit?: number
  include_docs?: boolean
  /** With include_docs: each document's losing revisions in `_conflicts`. */
  conflicts?: boolean
  keys?: string[]
}

export interface AllDocsResult {
  rows: { id: string; value?: { rev: string; deleted?: boolean }; doc?: PouchDoc | null; error?: string }[]
}

export type BulkResult =
  { ok: true; id: string; rev: string } | { error: string; id: string; status?: number; message?: string }

export interface PouchError {
  status?: number
  name?: string
  message?: string
  reason?: string
}

export interface SyncHandler {
  on(event: 'change', fn: (info: { direction: 'push' | 'pull'; change: { docs: PouchDoc[] } }) => void): SyncHandler
  on(event: 'paused', fn: (err?: PouchError) => void): SyncHandler
  on(event: 'active' | 'complete', fn: () => void): SyncHandler
  on(event: 'denied' | 'error', fn: (err: PouchError) => void): SyncHandler
  cancel(): void
}

export interface ReplicationResult {
  ok: boolean
  docs_written: number
}

export interface Pouch {
  name: string
  get(id: string): Promise<PouchDoc>
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>
  allDocs(options: AllDocsOptions): Promise<AllDocsResult>
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<BulkResult[]>
  info(): Promise<{ doc_count: number; update_seq: number | string }>
  destroy(): Promise<unknown>
  close(): Promise<unknown>
  replicate: { from(remote: Pouch, options?: { batch_size?: number }): Promise<ReplicationResult> }
}

interface PouchStatic {
  new (name: string, options?: Record<string, unknown>): Pouch
  plugin(plugin: unknown): PouchStatic
  sync(
    a: Pouch,
    b: Pouch,
    options: { live: boolean; retry: boolean; batch_size?: number; back_off_function?: (delay: number) => number }
  ): SyncHandler
}

export const PouchDB = PouchDBImpl as PouchStatic

export interface RemoteAccess {
  url: string
  database: string
  username: string
  password: string
}

/** The clinic's database on the server, with this PC's own user. */
export function openRemote(access: RemoteAccess): Pouch {
  const base = access.url.replace(/\/$/u, '')
  return new PouchDB(`${base}/${encodeURIComponent(access.database)}`, {
    auth: { username: access.username, password: access.password },
    skip_setup: true
  })
}

/** This PC's replica (IndexedDB in the renderer), one per clinic database. */
export function openLocal(database: string, adapter?: string): Pouch {
  return new PouchDB(`kaiji-share-${database}`, adapter ? { adapter } : {})
}

export function isConflict(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as PouchError).status === 409
}

export function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as PouchError).status === 404
}
