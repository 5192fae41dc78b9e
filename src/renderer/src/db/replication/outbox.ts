// The outbox: committed entries of this PC are copied into its PouchDB database, from which PouchDB replicates
// them to the server. Idempotent (an id already there is skipped) and reconciled at every start, so an entry
// committed just before a crash is copied at the next start.
import { Dexie } from 'dexie'
import type { DbContext } from '../context'
import type { AuditEntry } from '../../domain/audit'
import { pinDigestOf } from '../../domain/staffShare'
import { deviceRange, entryDoc, type EntryDoc } from './docs'
import type { Pouch } from './pouch'

const PAGE = 500

/** The highest deviceSeq of this PC already in PouchDB. */
async function copiedUpTo(local: Pouch, deviceId: string): Promise<number> {
  const { startkey, endkey } = deviceRange(deviceId)
  const res = await local.allDocs({ startkey: endkey, endkey: startkey, descending: true, limit: 1 })
  const id = res.rows[0]?.id
  return id === undefined ? 0 : Number(id.slice(id.lastIndexOf(':') + 1))
}

/** A staff entry's PIN hash rides beside it when it is still the one the entry names. */
async function credentialOf(ctx: DbContext, e: AuditEntry): Promise<string | null> {
  if (e.entity !== 'staff' || typeof e.payload !== 'object' || e.payload === null) return null
  const digest = (e.payload as { pinDigest?: unknown }).pinDigest
  if (typeof digest !== 'string' || digest === '') return null
  const row = await ctx.db.staff.get(e.entityId)
  return row && pinDigestOf(row.pinHash) === digest ? row.pinHash : null
}

/** Copies every entry of this PC not yet in PouchDB; returns how many were copied. */
export async function pushOutbox(ctx: DbContext, local: Pouch, writer: string): Promise<number> {
  let after = await copiedUpTo(local, ctx.deviceId)
  let copied = 0
  for (;;) {
    const entries = await ctx.db.audit
      .where('[deviceId+deviceSeq]')
      .between([ctx.deviceId, after], [ctx.deviceId, Dexie.maxKey], false, true)
      .limit(PAGE)
      .toArray()
    const last = entries.at(-1)
    if (!last) return copied
    const docs: EntryDoc[] = []
    for (const e of entries) docs.push(entryDoc(e, writer, await credentialOf(ctx, e)))
    const results = await local.bulkDocs(docs)
    for (const r of results) {
      // A conflict means the entry is already there (copied before a crash): nothing to do.
      if ('error' in r && r.status !== 409) throw new Error(`outbox: ${r.id} ${r.message ?? r.error}`)
    }
    copied += entries.length
    after = last.deviceSeq
  }
}
