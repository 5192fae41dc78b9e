// The inbox: entries other PCs wrote arrive in this PC's PouchDB database by replication. Each device's chain is
// checked to continue from what this PC holds (domain/sync/incoming.ts), and the accepted entries are stored and
// folded into the tables in one Dexie transaction per batch: requests (and their summaries and the concurrent
// flag), letters, staff, settings, the numbering, and the records around the requests (incidents, provision
// records, procedure versions). Nothing is applied twice: an entry's place in its chain
// says whether this PC holds it already.
import { Dexie } from 'dexie'
import type { AuditEntry, ChainHead } from '../../domain/audit'
import { acceptContinuation, type IncomingEntry, type Refusal } from '../../domain/sync/incoming'
import { foldOnto, foldRequest, setPath } from '../../domain/sync/fold'
import { receivedStaffRow, type StaffSharePayload } from '../../domain/staffShare'
import { numberingRowId, parseReceiptNo } from '../../domain/receiptNumber'
import type { LetterRecord } from '../../domain/letters/record'
import type { IncidentRecord } from '../../domain/records/incident'
import type { StaffRecord } from '../../domain/staff'
import type { SettingsRow } from '../database'
import type { DbContext } from '../context'
import { putSummaries } from '../summaries'
import { entryDocId } from '../../../../shared/syncPolicy'
import { deviceDocSchema, deviceRange, entryDocSchema } from './docs'
import type { Pouch } from './pouch'

const BATCH = 1000

/** Records whose creating entry carries the whole row, by the table it goes to. */
const RECORD_ROWS = new Map([
  ['incident:open', 'incidents'],
  ['provision:create', 'provisions'],
  ['procedure:addVersion', 'procedures']
])

export interface InboxResult {
  applied: number
  refused: Refusal[]
  /** Requests newly flagged 「同時に更新されました」 in this run. */
  flagged: string[]
}

/** Who declared each device (device documents), by deviceId. */
async function deviceWriters(local: Pouch): Promise<Map<string, { writer: string; clinicId: string }>> {
  const res = await local.allDocs({ startkey: 'device:', endkey: 'device:\uffff', include_docs: true })
  const out = new Map<string, { writer: string; clinicId: string }>()
  for (const row of res.rows) {
    const parsed = deviceDocSchema.safeParse(row.doc)
    if (parsed.success) out.set(parsed.data.deviceId, { writer: parsed.data.writer, clinicId: parsed.data.clinicId })
  }
  return out
}

async function localHead(ctx: DbContext, deviceId: string): Promise<ChainHead | null> {
  const last = await ctx.db.audit
    .where('[deviceId+deviceSeq]')
    .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
    .last()
  return last ? { deviceId, deviceSeq: last.deviceSeq, hash: last.hash } : null
}

/**
 * The next entries of one device after this PC's head, as documents in PouchDB, up to the first that has a second
 * revision (`suspect`, its deviceSeq).
 */
async function nextEntries(
  local: Pouch,
  deviceId: string,
  afterSeq: number,
  limit: number
): Promise<{ entries: IncomingEntry[]; suspect: number | null }> {
  const { endkey } = deviceRange(deviceId)
  const res = await local.allDocs({
    startkey: entryDocId(deviceId, afterSeq + 1),
    endkey,
    limit,
    include_docs: true,
    conflicts: true
  })
  const out: IncomingEntry[] = []
  for (const row of res.rows) {
    // An entry is written once; a second revision of it (which a server's rules cannot always refuse when it
    // arrives by replication) makes it and everything after it in that chain suspect: the chain check stops there.
    const conflicts = row.doc?._conflicts
    if (Array.isArray(conflicts) && conflicts.length > 0)
      return { entries: out, suspect: Number(row.id.slice(row.id.lastIndexOf(':') + 1)) }
    const parsed = entryDocSchema.safeParse(row.doc)
    // A document that is not an entry is left for the chain check to stop at (its number stays missing).
    if (parsed.success)
      out.push({ entry: parsed.data.entry, writer: parsed.data.writer, credential: parsed.data.credential ?? null })
  }
  return { entries: out, suspect: null }
}

/** Checks and applies whatever arrived, batch by batch, until nothing new continues a chain. */
export async function applyInbox(ctx: DbContext, local: Pouch): Promise<InboxResult> {
  const result: InboxResult = { applied: 0, refused: [], flagged: [] }
  const refusedDevices = new Set<string>()
  for (;;) {
    const writers = await deviceWriters(local)
    const batch: AuditEntry[] = []
    const credentials = new Map<string, string | null>()
    for (const [deviceId, declared] of writers) {
      if (deviceId === ctx.deviceId || refusedDevices.has(deviceId)) continue
      const head = await localHead(ctx, deviceId)
      const { entries: incoming, suspect } = await nextEntries(local, deviceId, head?.deviceSeq ?? 0, BATCH)
      const run = acceptContinuation(deviceId, head, incoming, { clinicId: ctx.clinicId, writer: declared.writer })
      const reached = run.accepted.at(-1)?.deviceSeq ?? head?.deviceSeq ?? 0
      if (!run.refused && suspect !== null && suspect === reached + 1)
        run.refused = {
          deviceId,
          deviceSeq: suspect,
          message: `端末 ${deviceId.slice(0, 8)} の${String(suspect)}番: 同じ番号の記録が 2 通りあります(書き換えの疑い)。`
        }
      for (const e of run.accepted) credentials.set(e.id, incoming.find((i) => i.entry.id === e.id)?.credential ?? null)
      batch.push(...run.accepted)
      if (run.refused) {
        refusedDevices.add(deviceId)
        result.refused.push(run.refused)
      }
    }
    if (batch.length === 0) return result
    const flagged = await applyBatch(ctx, batch, credentials)
    result.applied += batch.length
    result.flagged.push(...flagged)
  }
}

/** One Dexie transaction: the entries, then every table they change. Returns requests newly flagged. */
async function applyBatch(
  ctx: DbContext,
  batch: readonly AuditEntry[],
  credentials: ReadonlyMap<string, string | null>
): Promise<string[]> {
  const { db } = ctx
  const tables = [
    db.audit,
    db.requests,
    db.summaries,
    db.concurrent,
    db.letters,
    db.staff,
    db.settings,
    db.numbering,
    db.incidents,
    db.provisions,
    db.procedures
  ]
  return db.transaction('rw', tables, async () => {
    await db.audit.bulkAdd([...batch])
    const byRequest = new Map<string, AuditEntry[]>()
    for (const e of batch) {
      if (e.entity === 'request') byRequest.set(e.entityId, [...(byRequest.get(e.entityId) ?? []), e])
      else await project(ctx, e, credentials.get(e.id) ?? null)
    }
    return refold(ctx, byRequest)
  })
}

function payloadOf(e: AuditEntry): Record<string, unknown> | null {
  return typeof e.payload === 'object' && e.payload !== null ? (e.payload as Record<string, unknown>) : null
}

/** Letters, staff, settings and numbering, from the rows their entries carry. */
async function project(ctx: DbContext, e: AuditEntry, credential: string | null): Promise<void> {
  const { db } = ctx
  const p = payloadOf(e)
  if (!p) return
  if (e.action === 'letter:issue' && typeof p.row === 'object' && p.row !== null) {
    await db.letters.put(p.row as LetterRecord)
  } else if (e.action === 'letter:reprint' && typeof p.letterId === 'string' && typeof p.reprintCount === 'number') {
    const letter = await db.letters.get(p.letterId)
    if (letter) await db.letters.put({ ...letter, reprintCount: p.reprintCount, updatedAt: e.at })
  } else if (e.entity === 'staff' && typeof p.row === 'object' && p.row !== null && typeof p.pinDigest === 'string') {
    const share = { row: p.row, pinDigest: p.pinDigest } as StaffSharePayload
    const current: StaffRecord | undefined = await db.staff.get(share.row.id)
    await db.staff.put(receivedStaffRow(share, credential, current))
  } else if (RECORD_ROWS.has(e.action) && typeof p.id === 'string') {
    await db.table(RECORD_ROWS.get(e.action) ?? '').put(p)
  } else if (e.action === 'incident:update' && Array.isArray(p.changes)) {
    const current = await db.incidents.get(e.entityId)
    if (!current) return
    const next = { ...current } as Record<string, unknown>
    for (const c of p.changes as { path: string; after: unknown }[]) setPath(next, c.path, c.after)
    await db.incidents.put({ ...(next as IncidentRecord), updatedAt: e.at })
  } else if (e.action === 'provision:furtherProvision' && typeof p.providedOn === 'string') {
    const current = await db.provisions.get(e.entityId)
    if (!current || typeof p.retentionEnd !== 'string') return
    await db.provisions.put({ ...current, lastProvidedOn: p.providedOn, retentionEnd: p.retentionEnd, updatedAt: e.at })
  } else if (e.action === 'settings:update' && typeof p.row === 'object' && p.row !== null) {
    await db.settings.put(p.row as SettingsRow)
  } else if (e.action === 'number:issue' && typeof p.receiptNo === 'string') {
    const parsed = parseReceiptNo(p.receiptNo)
    if (!parsed) return
    const id = numberingRowId(ctx.clinicId, parsed.year)
    const row = await db.numbering.get(id)
    if (row && row.next > parsed.seq) return
    await db.numbering.put({
      id,
      clinicId: ctx.clinicId,
      deviceId: row?.deviceId ?? e.deviceId,
      year: parsed.year,
      next: parsed.seq + 1,
      createdAt: row?.createdAt ?? e.at,
      updatedAt: e.at
    })
  }
}

async function requestEntries(ctx: DbContext, id: string): Promise<AuditEntry[]> {
  return (await ctx.db.audit.where('entityId').equals(id).toArray()).filter((e) => e.entity === 'request')
}

/**
 * Folds each touched request from all its entries (any PC) and stores the result with its summary; keeps the
 * concurrent flag in step. A request whose create has not arrived yet waits.
 */
export async function refold(ctx: DbContext, byRequest: ReadonlyMap<string, readonly AuditEntry[]>): Promise<string[]> {
  const { db } = ctx
  const flagged: string[] = []
  const rows = []
  for (const [id, newer] of byRequest) {
    const current = await db.requests.get(id)
    const quick = current && !(await db.concurrent.get(id)) ? foldOnto(current, newer) : null
    const folded = quick ?? foldRequest(await requestEntries(ctx, id))
    if (!folded.ok) continue
    rows.push(folded.row)
    const existing = await db.concurrent.get(id)
    if (folded.concurrent.length > 0) {
      const entryIds = folded.concurrent.map((e) => e.id)
      if (!existing) flagged.push(id)
      await db.concurrent.put({
        id,
        receiptNo: folded.row.receiptNo,
        entryIds,
        detectedAt: existing?.detectedAt ?? ctx.now().toISOString()
      })
    } else if (existing) await db.concurrent.delete(id)
  }
  if (rows.length > 0) {
    await db.requests.bulkPut(rows)
    await putSummaries(ctx, rows)
  }
  return flagged
}
