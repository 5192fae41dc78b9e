// Retention purge: a manager deletes closed requests past the clinic's period, with their letters. Their audit
// payloads are blanked (the chain hashes payload hashes, so it still verifies), a summary row per request keeps
// past months' totals, their register summaries (names, phone digits) are deleted, and one audit entry names the
// count and the 受付番号. A backup holding everything written so far is taken first, or nothing is deleted.
import { isPastRetention, retentionCutoff, type PurgedRequest } from '../domain/retention'
import type { RequestRecord } from '../domain/request'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import { NOT_YET_SHARED, refuseOnSharedRegister, requireManager } from './authority'
import type { DbContext } from './context'
import { backupBefore, requireBackedUp, type BackupFirst } from './backupFirst'
import { deleteSummaries } from './summaries'

export interface PurgeCandidate {
  id: string
  receiptNo: string
  closedOn: string
}

async function pastRetention(ctx: DbContext, today: string, years: number): Promise<RequestRecord[]> {
  const cutoff = retentionCutoff(today, years)
  // A rare manager action: one pass over the table is fine, and no index on closedOn is needed for it.
  return ctx.db.requests.filter((r) => isPastRetention(r.closedOn, cutoff)).toArray()
}

export async function purgeCandidates(ctx: DbContext, today: string, years: number): Promise<PurgeCandidate[]> {
  return (await pastRetention(ctx, today, years))
    .map((r) => ({ id: r.id, receiptNo: r.receiptNo, closedOn: r.closedOn ?? '' }))
    .sort((a, b) => a.receiptNo.localeCompare(b.receiptNo))
}

/** Purges what is past the period at this moment (re-read inside the transaction, never taken from a screen). */
export async function purgeRequests(
  ctx: DbContext,
  actor: Actor,
  today: string,
  years: number,
  backup: BackupFirst
): Promise<{ count: number; receiptNos: string[] }> {
  const { db } = ctx
  const what = '保存期間を過ぎた請求の削除'
  // Refused before any backup is taken when the actor may not purge or the register is shared.
  await db.transaction('r', [db.staff], () => requireManager(ctx, actor, what))
  refuseOnSharedRegister(ctx, what, NOT_YET_SHARED.purge)
  const heads = await backupBefore(what, backup)
  return db.transaction('rw', [db.requests, db.summaries, db.letters, db.audit, db.purged, db.staff], async () => {
    await requireManager(ctx, actor, what)
    await requireBackedUp(ctx, heads)
    const doomed = await pastRetention(ctx, today, years)
    if (doomed.length === 0) return { count: 0, receiptNos: [] }
    const at = ctx.now().toISOString()
    const ids = doomed.map((r) => r.id)
    await db.letters.where('requestId').anyOf(ids).delete()
    await db.audit
      .where('entityId')
      .anyOf(ids)
      .modify((e) => {
        e.payload = null
      })
    await db.purged.bulkPut(
      doomed.map((r): PurgedRequest => ({
        id: r.id,
        clinicId: r.clinicId,
        deviceId: r.deviceId,
        receiptNo: r.receiptNo,
        kind: r.kind,
        status: r.status,
        receivedOn: r.receivedOn,
        closedOn: r.closedOn ?? at,
        purgedAt: at
      }))
    )
    await db.requests.bulkDelete(ids)
    // The summaries hold names and phone digits: they go too; the purged rows keep what past months count.
    await deleteSummaries(ctx, ids)
    const receiptNos = doomed.map((r) => r.receiptNo).sort()
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'retention',
        entityId: `purge-${today}`,
        action: 'retention:purge',
        summary: `保存期間(${String(years)}年)を過ぎた請求 ${String(receiptNos.length)} 件を削除`,
        payload: { count: receiptNos.length, receiptNos, years, cutoff: retentionCutoff(today, years) }
      },
      at
    )
    return { count: receiptNos.length, receiptNos }
  })
}
