// Bulk intake (moving a register kept in Excel, and the benchmarks): chunks of about 1,000 rows,
// one transaction per chunk, which IndexedDB handles ~25× faster than one transaction per row.
// Every request still gets its own audit entry and its own 受付番号 from the numbering table.
import { dueDate, statutoryMark, type DeadlineRule } from '../domain/deadline'
import { formatReceiptNo, numberingRowId } from '../domain/receiptNumber'
import type { IntakeData, RequestRecord } from '../domain/request'
import { completeRequest } from '../domain/requestRestore'
import type { Actor } from '../domain/staff'
import { appendAuditMany } from './auditLog'
import { newId, type DbContext } from './context'
import { createdPayload, searchKeysOf } from './requests'
import { putSummaries } from './summaries'

export const IMPORT_CHUNK = 1000

async function importChunk(
  ctx: DbContext,
  actor: Actor,
  chunk: readonly IntakeData[],
  rule: DeadlineRule
): Promise<void> {
  const { db } = ctx
  await db.transaction('rw', [db.requests, db.summaries, db.numbering, db.audit], async () => {
    const at = ctx.now().toISOString()
    const records: RequestRecord[] = []
    // Numbers follow each request's own receipt year, so old paper records keep their year.
    const next = new Map<number, number>()
    for (const intake of chunk) {
      const year = Number(intake.receivedOn.slice(0, 4))
      const id = numberingRowId(ctx.clinicId, year)
      const seq = next.get(year) ?? (await db.numbering.get(id))?.next ?? 1
      next.set(year, seq + 1)
      const record: RequestRecord = {
        ...completeRequest(intake),
        id: newId(),
        clinicId: ctx.clinicId,
        deviceId: ctx.deviceId,
        receiptNo: formatReceiptNo(year, seq),
        status: 'received',
        heldFrom: null,
        dueOn: dueDate(intake.receivedOn, rule),
        statutoryOn: statutoryMark(intake.receivedOn),
        identity: null,
        investigation: null,
        decision: null,
        approval: null,
        history: [],
        notice: null,
        closedOn: null,
        searchKeys: [],
        createdAt: at,
        updatedAt: at,
        createdBy: actor.id,
        updatedBy: actor.id
      }
      record.searchKeys = searchKeysOf(record)
      records.push(record)
    }
    for (const [year, n] of next) {
      const id = numberingRowId(ctx.clinicId, year)
      const row = await db.numbering.get(id)
      await db.numbering.put({
        id,
        clinicId: ctx.clinicId,
        deviceId: ctx.deviceId,
        year,
        next: n,
        createdAt: row?.createdAt ?? at,
        updatedAt: at
      })
    }
    await db.requests.bulkAdd(records)
    await putSummaries(ctx, records)
    await appendAuditMany(
      ctx,
      actor,
      records.map((r) => ({
        entity: 'request' as const,
        entityId: r.id,
        action: 'request:import',
        summary: `一括取込 ${r.receiptNo}`,
        payload: createdPayload(r)
      })),
      at
    )
  })
}

export async function importRequests(
  ctx: DbContext,
  actor: Actor,
  intakes: readonly IntakeData[],
  rule: DeadlineRule,
  onProgress?: (done: number) => void
): Promise<number> {
  for (let i = 0; i < intakes.length; i += IMPORT_CHUNK) {
    await importChunk(ctx, actor, intakes.slice(i, i + IMPORT_CHUNK), rule)
    onProgress?.(Math.min(i + IMPORT_CHUNK, intakes.length))
  }
  return intakes.length
}
