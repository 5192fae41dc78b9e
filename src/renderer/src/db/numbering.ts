// 受付番号 from the numbering table {clinicId, year, next}. Runs inside the caller's rw transaction, so two
// saves that race are serialised by IndexedDB and never get the same number; numbers are never reused.
// Every number issued writes a 'number:issue' audit entry, whether one at the counter or a block for an import.
import { formatReceiptNo, numberingRowId } from '../domain/receiptNumber'
import type { Actor } from '../domain/staff'
import { appendAudit, type AuditInput } from './auditLog'
import type { DbContext } from './context'

/** Takes the next `count` numbers of a year and moves the table on; the caller writes their audit entries. */
export async function reserveReceiptNos(ctx: DbContext, year: number, count: number, at: string): Promise<string[]> {
  const id = numberingRowId(ctx.clinicId, year)
  const row = await ctx.db.numbering.get(id)
  const first = row?.next ?? 1
  await ctx.db.numbering.put({
    id,
    clinicId: ctx.clinicId,
    deviceId: ctx.deviceId,
    year,
    next: first + count,
    createdAt: row?.createdAt ?? at,
    updatedAt: at
  })
  return Array.from({ length: count }, (_, i) => formatReceiptNo(year, first + i))
}

/** The audit entry of one issued number. */
export function numberIssueEntry(ctx: DbContext, year: number, receiptNo: string): AuditInput {
  return {
    entity: 'numbering',
    entityId: numberingRowId(ctx.clinicId, year),
    action: 'number:issue',
    summary: `受付番号 ${receiptNo} を採番`,
    payload: { receiptNo }
  }
}

export async function takeReceiptNo(ctx: DbContext, actor: Actor, year: number, at: string): Promise<string> {
  const [receiptNo] = await reserveReceiptNos(ctx, year, 1, at)
  if (receiptNo === undefined) throw new Error('no receipt number reserved')
  await appendAudit(ctx, actor, numberIssueEntry(ctx, year, receiptNo), at)
  return receiptNo
}
