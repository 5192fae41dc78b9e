// The outbox: committed entries of this PC are copied into its PouchDB database, from which PouchDB replicates
// them to the server. Idempotent (an id already there is skipped) and reconciled at every start, so an entry
// committed just before a crash is copied at the next start.
import { Dexie } from 'dexie'
import type { DbContext } from '../context'
import type { AuditEntry } from '../../domain/audit'
import { pinDigestOf } from '../../domain/staffShare'
import { deviceRange, entryDoc, entryDocSchema, type EntryDoc } from './docs'
import type { Pouch } from './pouch'

const PAGE = 500

const REWOUND =
  'この PC の記録と、サーバーにある同じ番号の記録が食い違っています(古いデータに戻された可能性があります)。情報システム担当に連絡してください。'

/** This PC's newest entry already in PouchDB: its deviceSeq and hash (0 and null when none). */
async function copiedUpTo(local: Pouch, deviceId: string): Promise<{ seq: number; hash: string | null }> {
  const { startkey, endkey } = deviceRange(deviceId)
  const res = await local.allDocs({
    startkey: endkey,
    endkey: startkey,
    descending: true,
    limit: 1,
    include_docs: true
  })
  const row = res.rows[0]
  if (!row) return { seq: 0, hash: null }
  const doc = entryDocSchema.safeParse(row.doc)
  return { seq: Number(row.id.slice(row.id.lastIndexOf(':') + 1)), hash: doc.success ? doc.data.entry.hash : null }
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
  const copiedHead = await copiedUpTo(local, ctx.deviceId)
  let after = copiedHead.seq
  // What was copied must still be this PC's chain: the same entry under the same number. Otherwise this PC's data
  // was rewound (an old copy) and new entries would fork the chain under numbers the server already holds.
  if (after > 0) {
    const same = await ctx.db.audit.where('[deviceId+deviceSeq]').equals([ctx.deviceId, after]).first()
    if (same?.hash !== copiedHead.hash) throw new Error(REWOUND)
  }
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
      if (!('error' in r)) continue
      if (r.status !== 409) throw new Error(`outbox: ${r.id} ${r.message ?? r.error}`)
      // Already there: copied before a crash, which is fine only if it is the very same entry. Another entry under
      // this number means this PC's chain was rewound (an old copy of its data) and must not go on silently.
      const there = entryDocSchema.safeParse(await local.get(r.id))
      const mine = docs.find((d) => d._id === r.id)
      if (!there.success || there.data.entry.hash !== mine?.entry.hash) throw new Error(REWOUND)
    }
    copied += entries.length
    after = last.deviceSeq
  }
}
