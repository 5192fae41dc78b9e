// 受付番号 from the numbering table {clinicId, year, next}. Runs inside the caller's rw transaction, so two
// saves that race are serialised by IndexedDB and never get the same number; numbers are never reused.
import { formatReceiptNo, numberingRowId } from '../domain/receiptNumber'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import type { DbContext } from './context'

export async function takeReceiptNo(ctx: DbContext, actor: Actor, year: number, at: string): Promise<string> {
  const id = numberingRowId(ctx.clinicId, year)
  const row = await ctx.db.numbering.get(id)
  const seq = row?.next ?? 1
  await ctx.db.numbering.put({
    id,
    clinicId: ctx.clinicId,
    deviceId: ctx.deviceId,
    year,
    next: seq + 1,
    createdAt: row?.createdAt ?? at,
    updatedAt: at
  })
  const receiptNo = formatReceiptNo(year, seq)
  await appendAudit(
    ctx,
    actor,
    {
      entity: 'numbering',
      entityId: id,
      action: 'number:issue',
      summary: `受付番号 ${receiptNo} を採番`,
      payload: { receiptNo }
    },
    at
  )
  return receiptNo
}
