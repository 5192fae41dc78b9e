// 受付番号 for a register shared between PCs: each PC leases blocks of numbers from the year's numbering document
// on the server (compare-and-swap on its revision, so two PCs never get the same block) and uses them offline.
// A PC tops up while it is online and has fewer than LOW_WATER numbers left; a PC that used every number while
// offline refuses a new intake with a message (NO_LEASED_NUMBERS_MESSAGE) instead of inventing one.
import { newId, type DbContext } from '../context'
import { formatReceiptNo, numberingRowId } from '../../domain/receiptNumber'
import type { Actor } from '../../domain/staff'
import { appendAudit } from '../auditLog'
import { numberingDocId } from '../../../../shared/syncPolicy'
import { isConflict, isNotFound, type Pouch, type PouchDoc } from './pouch'

export const LEASE_BLOCK = 50
export const LOW_WATER = 10
const CAS_TRIES = 8

/** Leasing is the app's own act, not a staff member's. */
const LEASE_ACTOR: Actor = { id: 'sync', name: '自動(番号の確保)', role: 'reception' }

interface LeaseEntry {
  deviceId: string
  writer: string
  from: number
  to: number
  at: string
}

interface NumberingDoc extends PouchDoc {
  type: 'numbering'
  year: number
  next: number
  leases: LeaseEntry[]
}

/** Numbers of the year this PC can still give out. */
export async function leasedLeft(ctx: DbContext, year: number): Promise<number> {
  const leases = await ctx.db.leases.where('year').equals(year).toArray()
  return leases.reduce((n, l) => n + Math.max(0, l.to - l.next + 1), 0)
}

async function readNumbering(remote: Pouch, year: number): Promise<NumberingDoc | null> {
  try {
    return (await remote.get(numberingDocId(year))) as NumberingDoc
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}

/**
 * Leases one more block for `year` when fewer than LOW_WATER numbers are left; returns the numbers leased (0 when
 * none were needed). Numbers this register already gave out before it was shared are never leased again.
 */
export async function topUpLease(ctx: DbContext, remote: Pouch, writer: string, year: number): Promise<number> {
  if ((await leasedLeft(ctx, year)) >= LOW_WATER) return 0
  const local = await ctx.db.numbering.get(numberingRowId(ctx.clinicId, year))
  for (let attempt = 0; attempt < CAS_TRIES; attempt++) {
    const doc = await readNumbering(remote, year)
    const from = Math.max(doc?.next ?? 1, local?.next ?? 1)
    const to = from + LEASE_BLOCK - 1
    const at = ctx.now().toISOString()
    const lease: LeaseEntry = { deviceId: ctx.deviceId, writer, from, to, at }
    const next: NumberingDoc = doc
      ? { ...doc, next: to + 1, leases: [...doc.leases, lease] }
      : { _id: numberingDocId(year), type: 'numbering', year, next: to + 1, leases: [lease] }
    try {
      await remote.put(next)
    } catch (e) {
      // Another PC leased in between: read again and take the block after theirs.
      if (isConflict(e)) continue
      throw e
    }
    await ctx.db.transaction('rw', [ctx.db.leases, ctx.db.audit], async () => {
      await ctx.db.leases.add({
        id: newId(),
        clinicId: ctx.clinicId,
        deviceId: ctx.deviceId,
        year,
        from,
        to,
        next: from,
        createdAt: at,
        updatedAt: at
      })
      await appendAudit(
        ctx,
        LEASE_ACTOR,
        {
          entity: 'numbering',
          entityId: numberingRowId(ctx.clinicId, year),
          action: 'number:lease',
          summary: `受付番号 ${formatReceiptNo(year, from)}〜${formatReceiptNo(year, to)} をサーバーから確保`,
          payload: { year, from, to }
        },
        at
      )
    })
    return LEASE_BLOCK
  }
  throw new Error('numbering lease: too many concurrent updates')
}
