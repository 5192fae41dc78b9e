// Bulk intake (moving a register kept in Excel, and the benchmarks): chunks of about 1,000 rows,
// one transaction per chunk, which IndexedDB handles ~25× faster than one transaction per row.
// Every request gets its own 受付番号 from the numbering table (with its 'number:issue' entry, as at the counter)
// and its own audit entry; a ledger's past requests keep its receipt number and come in closed with their dates.
import type { DeadlineRule } from '../domain/deadline'
import type { LedgerEnd, LedgerRecord } from '../domain/import/ledgerRow'
import type { IntakeData, RequestRecord } from '../domain/request'
import type { Actor } from '../domain/staff'
import { appendAudit, appendAuditMany, type AuditInput } from './auditLog'
import type { DbContext } from './context'
import { numberIssueEntry, reserveReceiptNos } from './numbering'
import { tokyoDate } from '../domain/calendar'
import { guardIntake } from '../domain/intakeRules'
import { guardText } from '../domain/textGuard'
import { NOT_YET_SHARED, refuseOnSharedRegister, requireManager } from './authority'
import { createdPayload, DomainError, newRequestRecord } from './requests'
import { putSummaries } from './summaries'

export const IMPORT_CHUNK = 1000

/** The status and dates of a request that ended before it was imported. */
function ended(end: LedgerEnd | null, actor: Actor, at: string): Partial<RequestRecord> {
  if (end === null) return {}
  if (end.status === 'withdrawn') return { status: 'withdrawn', closedOn: end.closedOn }
  // The ledger does not keep the letter itself; the notice records its date so past monthly logs are right.
  const notice = { letterId: '', issuedOn: end.notifiedOn, sentBy: 'post' as const }
  return {
    status: 'closed',
    closedOn: end.closedOn,
    notice: { ...notice, staffId: actor.id, staffName: actor.name, at }
  }
}

async function importChunk(
  ctx: DbContext,
  actor: Actor,
  typed: readonly LedgerRecord[],
  rule: DeadlineRule
): Promise<void> {
  let chunk = typed
  const { db } = ctx
  await db.transaction('rw', [db.requests, db.summaries, db.numbering, db.leases, db.staff, db.audit], async () => {
    await requireManager(ctx, actor)
    refuseOnSharedRegister(ctx, '台帳の取込', NOT_YET_SHARED.import)
    const now = ctx.now()
    const at = now.toISOString()
    // The same rules as the counter's intake: guarded text, dates within bounds (the row is named if refused).
    const today = tokyoDate(now)
    chunk = chunk.map((item) => {
      const intake = guardIntake(item.intake, today)
      const legacy = guardText(item.legacyReceiptNo)
      if (!intake.ok || !legacy.ok) {
        const message = !intake.ok ? intake.message : legacy.ok ? '' : legacy.message
        const where =
          item.legacyReceiptNo !== '' ? `台帳の番号 ${item.legacyReceiptNo}` : `受付日 ${item.intake.receivedOn}`
        throw new DomainError(`取り込めない行があります(${where}): ${message}`)
      }
      return { ...item, intake: intake.value, legacyReceiptNo: legacy.value }
    })
    // Numbers follow each request's own receipt year, so old paper records keep their year.
    const years = new Map<number, number>()
    for (const r of chunk) {
      const year = Number(r.intake.receivedOn.slice(0, 4))
      years.set(year, (years.get(year) ?? 0) + 1)
    }
    const numbers = new Map<number, string[]>()
    for (const [year, count] of years) numbers.set(year, await reserveReceiptNos(ctx, year, count, at))
    const records: RequestRecord[] = []
    const entries: AuditInput[] = []
    for (const item of chunk) {
      const { intake } = item
      const year = Number(intake.receivedOn.slice(0, 4))
      const receiptNo = numbers.get(year)?.shift()
      if (receiptNo === undefined) throw new Error(`no receipt number reserved for ${String(year)}`)
      const record: RequestRecord = {
        ...newRequestRecord(ctx, actor, intake, rule, receiptNo, at),
        ...(item.legacyReceiptNo !== '' ? { legacyReceiptNo: item.legacyReceiptNo } : {}),
        ...ended(item.end, actor, at)
      }
      records.push(record)
      entries.push(numberIssueEntry(ctx, year, receiptNo), {
        entity: 'request',
        entityId: record.id,
        action: 'request:import',
        summary: `一括取込 ${receiptNo}${item.legacyReceiptNo !== '' ? `(台帳の番号 ${item.legacyReceiptNo})` : ''}`,
        payload: createdPayload(record)
      })
    }
    await db.requests.bulkAdd(records)
    await putSummaries(ctx, records)
    await appendAuditMany(ctx, actor, entries, at)
  })
}

/** Imports a ledger's checked rows (managers only, checked in every chunk's transaction), then records the import as a whole in the audit trail. */
export async function importLedger(
  ctx: DbContext,
  actor: Actor,
  rows: readonly LedgerRecord[],
  rule: DeadlineRule,
  onProgress?: (done: number) => void,
  source = ''
): Promise<number> {
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
    await importChunk(ctx, actor, rows.slice(i, i + IMPORT_CHUNK), rule)
    onProgress?.(Math.min(i + IMPORT_CHUNK, rows.length))
  }
  const closed = rows.filter((r) => r.end !== null).length
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    await requireManager(ctx, actor)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'import',
        entityId: 'ledger',
        action: 'request:importLedger',
        summary: `台帳から${rows.length}件を取込(うち完了・取下げ${closed}件)`,
        payload: { source, rows: rows.length, closed }
      },
      ctx.now().toISOString()
    )
  })
  return rows.length
}

/** New requests from intakes alone (benchmarks and seeds). */
export async function importRequests(
  ctx: DbContext,
  actor: Actor,
  intakes: readonly IntakeData[],
  rule: DeadlineRule,
  onProgress?: (done: number) => void
): Promise<number> {
  const rows = intakes.map((intake) => ({ intake, legacyReceiptNo: '', end: null }))
  return importLedger(ctx, actor, rows, rule, onProgress)
}
