// The 監査記録 screen's reads: a page of the trail, newest first, filtered by 受付番号, staff, action and days,
// each entry named by the request (受付番号) or staff member it concerns, and a filtered range as CSV. Every
// read walks an index (entityId, [actorId+at], [action+at] or at) from where the last page ended, so a page
// costs the same at entry 10 or 500,000. Manager-only: each read asks the staff table first.
import type { AuditEntry } from '../domain/audit'
import {
  auditEntryMatches,
  auditInstantRange,
  compareNewestFirst,
  isAfterCursor,
  type AuditCursor,
  type AuditFilter,
  type AuditRow
} from '../domain/auditFilter'
import type { Actor } from '../domain/staff'
import { requireManager } from './authority'
import type { DbContext } from './context'

export interface AuditPage {
  rows: AuditRow[]
  /** Where the next page starts, or null on the last page. */
  next: AuditCursor | null
  /** The 受付番号 in the filter names no request. */
  unknownReceiptNo: boolean
}

async function asManager(ctx: DbContext, actor: Actor): Promise<void> {
  await ctx.db.transaction('r', ctx.db.staff, () => requireManager(ctx, actor, '監査記録の閲覧'))
}

/** The request ids a 受付番号 names (a purged request keeps its number in the purged table). */
async function requestIdsOf(ctx: DbContext, receiptNo: string): Promise<string[]> {
  const no = receiptNo.normalize('NFKC').trim()
  const [live, purged] = await Promise.all([
    ctx.db.requests.where('receiptNo').equals(no).primaryKeys(),
    ctx.db.purged.where('receiptNo').equals(no).primaryKeys()
  ])
  return [...new Set([...live, ...purged])]
}

/** The index a filter walks, and that index's key for an instant. */
function walkIndex(f: AuditFilter): { name: string; key: (at: string) => IDBValidKey } {
  if (f.actorId !== '') return { name: '[actorId+at]', key: (at) => [f.actorId, at] }
  if (f.action !== '') return { name: '[action+at]', key: (at) => [f.action, at] }
  return { name: 'at', key: (at) => at }
}

/**
 * Up to `limit` entries after `cursor` in newest-first order that pass the filter, walking the narrowest index
 * backwards. `cursor` bounds the walk from above; among entries stamped at its own instant (a ledger import or
 * a replicated batch stamps thousands alike) the walk jumps straight to it by primary key
 * (`continuePrimaryKey`, which Dexie does not offer), so a page costs the same at entry 10 or 500,000.
 */
async function walk(ctx: DbContext, f: AuditFilter, cursor: AuditCursor | null, limit: number): Promise<AuditEntry[]> {
  const { lo, hi: open } = auditInstantRange(f.from, f.to)
  const { name, key } = walkIndex(f)
  const within = cursor !== null && cursor.at < open ? cursor : null
  const range = IDBKeyRange.bound(key(lo), key(within ? within.at : open), false, within === null)
  if (!ctx.db.isOpen()) await ctx.db.open()
  const tx = ctx.db.backendDB().transaction('audit', 'readonly')
  return new Promise<AuditEntry[]>((resolve, reject) => {
    const out: AuditEntry[] = []
    let placed = within === null
    const req = tx.objectStore('audit').index(name).openCursor(range, 'prev')
    req.onsuccess = () => {
      const at = req.result
      if (!at) return resolve(out)
      const e = at.value as AuditEntry
      if (!placed) {
        placed = true
        // Still above the cursor among the entries of its instant: jump to it (it is passed over below).
        if (within && e.at === within.at && e.id > within.id) return at.continuePrimaryKey(key(within.at), within.id)
      }
      if (isAfterCursor(e, cursor) && auditEntryMatches(e, f)) out.push(e)
      if (out.length >= limit) return resolve(out)
      at.continue()
    }
    req.onerror = () => reject(req.error ?? new Error('監査記録を読めませんでした。'))
    tx.onabort = () => reject(tx.error ?? new Error('監査記録を読めませんでした。'))
  })
}

function issuedNo(e: AuditEntry): string | null {
  if (e.action !== 'number:issue' || typeof e.payload !== 'object' || e.payload === null) return null
  const no = (e.payload as { receiptNo?: unknown }).receiptNo
  return typeof no === 'string' ? no : null
}

/** Names each entry by its request's 受付番号 or its staff member, reading only this page's few rows. */
async function describe(ctx: DbContext, entries: readonly AuditEntry[]): Promise<AuditRow[]> {
  const requestIds = [...new Set(entries.filter((e) => e.entity === 'request').map((e) => e.entityId))]
  const staffIds = [...new Set(entries.filter((e) => e.entity === 'staff').map((e) => e.entityId))]
  const [summaries, purged, staff] = await Promise.all([
    ctx.db.summaries.bulkGet(requestIds),
    ctx.db.purged.bulkGet(requestIds),
    ctx.db.staff.bulkGet(staffIds)
  ])
  const receiptNos = new Map<string, string>()
  const live = new Set<string>()
  requestIds.forEach((id, i) => {
    const summary = summaries[i]
    if (summary !== undefined) live.add(id)
    const no = summary?.receiptNo ?? purged[i]?.receiptNo
    if (no !== undefined) receiptNos.set(id, no)
  })
  const staffNames = new Map<string, string>()
  staffIds.forEach((id, i) => {
    const name = staff[i]?.name
    if (name !== undefined) staffNames.set(id, name)
  })
  // A number issued at the counter names its 受付番号 in the payload; its request, if any, by that number.
  const issued = [...new Set(entries.map(issuedNo).filter((n) => n !== null))]
  const issuedRequests = await ctx.db.requests.where('receiptNo').anyOf(issued).primaryKeys()
  const issuedIds = await ctx.db.summaries.bulkGet(issuedRequests)
  const idOfNo = new Map(issuedIds.filter((x) => x !== undefined).map((x) => [x.receiptNo, x.id]))
  return entries.map((entry) => {
    const no = issuedNo(entry)
    if (no !== null) return { entry, receiptNo: no, requestId: idOfNo.get(no) ?? null, staffName: null }
    const receiptNo = entry.entity === 'request' ? (receiptNos.get(entry.entityId) ?? null) : null
    return {
      entry,
      receiptNo,
      // A purged request has no page to open.
      requestId: live.has(entry.entityId) ? entry.entityId : null,
      staffName: entry.entity === 'staff' ? (staffNames.get(entry.entityId) ?? null) : null
    }
  })
}

/** The entries of one request that pass the filter, newest first (a request has few; read them all). */
async function entriesOfRequests(ctx: DbContext, ids: readonly string[], f: AuditFilter): Promise<AuditEntry[]> {
  if (ids.length === 0) return []
  const all = await ctx.db.audit
    .where('entityId')
    .anyOf([...ids])
    .toArray()
  return all.filter((e) => auditEntryMatches(e, f)).sort(compareNewestFirst)
}

export async function auditPage(
  ctx: DbContext,
  actor: Actor,
  f: AuditFilter,
  cursor: AuditCursor | null,
  size: number
): Promise<AuditPage> {
  await asManager(ctx, actor)
  let entries: AuditEntry[]
  if (f.receiptNo.trim() !== '') {
    const ids = await requestIdsOf(ctx, f.receiptNo)
    if (ids.length === 0) return { rows: [], next: null, unknownReceiptNo: true }
    const all = (await entriesOfRequests(ctx, ids, f)).filter((e) => isAfterCursor(e, cursor))
    entries = all.slice(0, size + 1)
  } else {
    entries = await walk(ctx, f, cursor, size + 1)
  }
  const shown = entries.slice(0, size)
  const last = shown.at(-1)
  const next = entries.length > size && last ? { at: last.at, id: last.id } : null
  return { rows: await describe(ctx, shown), next, unknownReceiptNo: false }
}

const EXPORT_BATCH = 2000

/** Every entry that passes the filter, newest first, named as on screen: for the CSV export. */
export async function auditRange(ctx: DbContext, actor: Actor, f: AuditFilter): Promise<AuditRow[]> {
  await asManager(ctx, actor)
  const rows: AuditRow[] = []
  let cursor: AuditCursor | null = null
  for (;;) {
    const page = await auditPage(ctx, actor, f, cursor, EXPORT_BATCH)
    rows.push(...page.rows)
    if (page.next === null) return rows
    cursor = page.next
  }
}
