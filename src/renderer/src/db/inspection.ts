// The inspection pack (APPI 146条) for a 管理者: row counts and the chain head for the cover, and one CSV per record.
// Each file's audit entry is written in the same transaction that reads its rows, before the file is handed over.
import { Dexie } from 'dexie'
import {
  accessLogCsv,
  complaintsCsv,
  fileName,
  incidentsCsv,
  INSPECTION_FILES,
  periodProblem,
  proceduresCsv,
  proceduresInPeriod,
  provisionsCsv,
  purgesCsv,
  registerCsv,
  requestInPeriod,
  staffCsv,
  tokyoDayStart,
  type InspectionFileId,
  type InspectionPeriod
} from '../domain/inspection/files'
import { addDays } from '../domain/calendar'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import { requireManager } from './authority'
import type { DbContext } from './context'
import { DomainError } from './errors'
import type { ChainHead } from '../domain/chainCheck'
import { chainHead } from './integrity'

const WHAT = '立入検査用の出力'

function checkPeriod(p: InspectionPeriod): void {
  const problem = periodProblem(p)
  if (problem !== null) throw new DomainError(problem)
}

/** A file's rows for the period, and how they become CSV (only called when the file is saved). */
interface Built {
  rows: number
  content: () => string
}

/** Requests received by the end of the period (by the 受付日 index), kept if open or closed within it. */
async function requestsOf(ctx: DbContext, p: InspectionPeriod) {
  const rows = await ctx.db.requests
    .where('[receivedOn+receiptNo]')
    .between([Dexie.minKey, Dexie.minKey], [p.to, Dexie.maxKey], true, true)
    .toArray()
  return rows.filter((r) => requestInPeriod(r, p)).sort((a, b) => a.receiptNo.localeCompare(b.receiptNo))
}

async function build(ctx: DbContext, p: InspectionPeriod, id: InspectionFileId): Promise<Built> {
  const { db } = ctx
  const start = tokyoDayStart(p.from)
  const end = tokyoDayStart(addDays(p.to, 1))
  const out = <T>(rows: T[], csv: (rows: T[]) => string): Built => ({ rows: rows.length, content: () => csv(rows) })
  switch (id) {
    case 'register':
      return out(await requestsOf(ctx, p), registerCsv)
    case 'complaints':
      return out(
        (await requestsOf(ctx, p)).filter((r) => r.kind === 'complaint' || r.kind === 'inquiry'),
        complaintsCsv
      )
    case 'provisions':
      return out(
        (await db.provisions.where('recordedOn').belowOrEqual(p.to).toArray()).filter((r) => r.retentionEnd >= p.from),
        provisionsCsv
      )
    case 'incidents':
      return out(
        (
          await db.incidents
            .where('knownAt')
            .below(`${addDays(p.to, 1)}T00:00`)
            .toArray()
        ).filter((r) => !r.closed || r.updatedAt >= start),
        incidentsCsv
      )
    case 'procedures':
      return out(proceduresInPeriod(await db.procedures.orderBy('effectiveFrom').toArray(), p), proceduresCsv)
    case 'staff':
      return out(await db.staff.orderBy('name').toArray(), staffCsv)
    case 'accessLog':
      return out(await db.audit.where('at').between(start, end, true, false).sortBy('at'), accessLogCsv)
    case 'purges':
      return out(
        (await db.purged.toArray()).filter((r) => r.purgedAt >= start && r.purgedAt < end),
        purgesCsv
      )
  }
}

const TABLES = (ctx: DbContext) => [
  ctx.db.requests,
  ctx.db.provisions,
  ctx.db.incidents,
  ctx.db.procedures,
  ctx.db.staff,
  ctx.db.audit,
  ctx.db.purged
]

export interface InspectionIndex {
  counts: Record<InspectionFileId, number>
  head: ChainHead | null
}

/** What the cover lists: rows per file for the period, and this device's audit chain head. */
export async function inspectionIndex(ctx: DbContext, actor: Actor, p: InspectionPeriod): Promise<InspectionIndex> {
  checkPeriod(p)
  // Asked first, as the monthly log does; the reads that follow run as a live query on the screen.
  await ctx.db.transaction('r', ctx.db.staff, () => requireManager(ctx, actor, WHAT))
  const counts = {} as Record<InspectionFileId, number>
  for (const f of INSPECTION_FILES) counts[f.id] = (await build(ctx, p, f.id)).rows
  return { counts, head: await chainHead(ctx) }
}

export interface InspectionFile {
  fileName: string
  content: string
  rows: number
}

/** One CSV of the pack; its audit entry is written before it is returned (a file never leaves without one). */
export async function exportInspectionFile(
  ctx: DbContext,
  actor: Actor,
  p: InspectionPeriod,
  id: InspectionFileId
): Promise<InspectionFile> {
  checkPeriod(p)
  return ctx.db.transaction('rw', TABLES(ctx), async () => {
    await requireManager(ctx, actor, WHAT)
    const built = await build(ctx, p, id)
    const label = INSPECTION_FILES.find((f) => f.id === id)?.label ?? id
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'export',
        entityId: `inspection:${id}`,
        action: 'inspection:csv',
        summary: `立入検査用CSV「${label}」(${p.from}〜${p.to}・${built.rows}件)を出力`,
        payload: { file: id, from: p.from, to: p.to, rows: built.rows }
      },
      ctx.now().toISOString()
    )
    return { fileName: fileName(id, p), content: built.content(), rows: built.rows }
  })
}

/** Every CSV of the pack at once (each audited before it is returned), for one folder. */
export async function exportInspectionPack(
  ctx: DbContext,
  actor: Actor,
  p: InspectionPeriod
): Promise<InspectionFile[]> {
  const files: InspectionFile[] = []
  for (const f of INSPECTION_FILES) files.push(await exportInspectionFile(ctx, actor, p, f.id))
  return files
}

/** The cover was printed, or a file or print recorded above did not happen: said in the trail. */
export async function recordInspectionEvent(
  ctx: DbContext,
  actor: Actor,
  p: InspectionPeriod,
  what: { action: 'inspection:print' | 'inspection:undone'; summary: string }
): Promise<void> {
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    await requireManager(ctx, actor, WHAT)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'export',
        entityId: 'inspection:cover',
        action: what.action,
        summary: what.summary,
        payload: { from: p.from, to: p.to }
      },
      ctx.now().toISOString()
    )
  })
}
