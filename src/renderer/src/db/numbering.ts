// 受付番号 from the numbering table {clinicId, year, next}. Runs inside the caller's rw transaction, so two
// saves that race are serialised by IndexedDB and never get the same number; numbers are never reused.
// Every number issued writes a 'number:issue' audit entry, whether one at the counter or a block for an import.
import { formatReceiptNo, numberingRowId } from '../domain/receiptNumber'
import type { Actor } from '../domain/staff'
import { appendAudit, type AuditInput } from './auditLog'
import type { DbContext } from './context'
import { DomainError } from './errors'

/** Shown when a PC sharing the register has used every number it leased and cannot reach the server. */
export const NO_LEASED_NUMBERS_MESSAGE =
  'この PC で使える受付番号が残っていません。サーバーにつながると自動で補充されます。紙の受付票に記入しておき、つながってから登録してください(つながらない場合は情報システム担当に連絡してください)。'

/** Takes numbers from this PC's leased blocks of the year, oldest block first. */
async function takeLeased(ctx: DbContext, year: number, count: number, at: string): Promise<number[]> {
  const leases = (await ctx.db.leases.where('year').equals(year).toArray())
    .filter((l) => l.next <= l.to)
    .sort((a, b) => a.from - b.from)
  const left = leases.reduce((n, l) => n + l.to - l.next + 1, 0)
  if (left < count) throw new DomainError(NO_LEASED_NUMBERS_MESSAGE)
  const taken: number[] = []
  for (const lease of leases) {
    let next = lease.next
    while (taken.length < count && next <= lease.to) taken.push(next++)
    if (next !== lease.next) await ctx.db.leases.put({ ...lease, next, updatedAt: at })
    if (taken.length === count) break
  }
  return taken
}

/** Takes the next `count` numbers of a year and moves the table on; the caller writes their audit entries. */
export async function reserveReceiptNos(ctx: DbContext, year: number, count: number, at: string): Promise<string[]> {
  const id = numberingRowId(ctx.clinicId, year)
  const row = await ctx.db.numbering.get(id)
  if (ctx.shared) {
    const seqs = await takeLeased(ctx, year, count, at)
    // The table still records the highest number issued, whoever issued it.
    const highest = Math.max(row?.next ?? 1, ...seqs.map((s) => s + 1))
    await ctx.db.numbering.put({
      id,
      clinicId: ctx.clinicId,
      deviceId: row?.deviceId ?? ctx.deviceId,
      year,
      next: highest,
      createdAt: row?.createdAt ?? at,
      updatedAt: at
    })
    return seqs.map((s) => formatReceiptNo(year, s))
  }
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
