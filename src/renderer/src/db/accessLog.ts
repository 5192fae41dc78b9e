// The access log (医療情報システムの安全管理に関するガイドライン 第6.0版): who opened which request, and locks and
// unlocks, in the same hash chain as every change. One small audit-only transaction each, so the register stays fast.
import type { AuditEntry } from '../domain/audit'
import type { Actor } from '../domain/staff'
import { recordEvent } from './auditLog'
import type { DbContext } from './context'
import { VIEW_ACTION } from '../domain/requestPayloads'

export { VIEW_ACTION }

export async function recordRequestView(ctx: DbContext, actor: Actor, requestId: string, receiptNo: string) {
  await recordEvent(ctx, actor, {
    entity: 'request',
    entityId: requestId,
    action: VIEW_ACTION,
    summary: `${receiptNo} を閲覧`,
    payload: null
  })
}

export async function recordSessionEvent(ctx: DbContext, actor: Actor, what: 'lock' | 'unlock') {
  await recordEvent(ctx, actor, {
    entity: 'session',
    entityId: actor.id,
    action: `session:${what}`,
    summary: what === 'lock' ? `${actor.name} の画面をロック` : `${actor.name} がロックを解除`,
    payload: null
  })
}

/** Who opened a request, by its 受付番号: the view entries of that request, oldest first; null if no such request. */
export async function viewsOfRequest(ctx: DbContext, receiptNo: string): Promise<AuditEntry[] | null> {
  const request = await ctx.db.requests.where('receiptNo').equals(receiptNo.trim()).first()
  if (!request) return null
  const entries = await ctx.db.audit.where('entityId').equals(request.id).toArray()
  return entries.filter((e) => e.action === VIEW_ACTION).sort((a, b) => a.at.localeCompare(b.at))
}
