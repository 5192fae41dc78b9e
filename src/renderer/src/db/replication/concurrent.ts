// Requests flagged 「同時に更新されました」: two PCs changed them while apart (domain/sync/fold.ts). The flag is
// derived from the entries, so every PC shows it; a manager clears it with an audited resolve entry, which
// changes nothing else and, once it reaches the other PCs, clears it there too.
import type { Actor } from '../../domain/staff'
import type { ConcurrentFlag } from '../../domain/records/sync'
import { RESOLVE_CONCURRENT_ACTION } from '../../domain/sync/fold'
import { requestRowHash } from '../../domain/requestHash'
import { appendAudit } from '../auditLog'
import { requireManager } from '../authority'
import type { DbContext } from '../context'
import { DomainError } from '../errors'
import { getRequest } from '../requests'
import { putSummaries } from '../summaries'

export async function concurrentFlagFor(ctx: DbContext, requestId: string): Promise<ConcurrentFlag | null> {
  return (await ctx.db.concurrent.get(requestId)) ?? null
}

/** Every flagged request, oldest first (the home page lists them for managers). */
export async function listConcurrentFlags(ctx: DbContext): Promise<ConcurrentFlag[]> {
  const rows = await ctx.db.concurrent.toArray()
  return rows.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt))
}

export async function resolveConcurrent(ctx: DbContext, actor: Actor, requestId: string): Promise<void> {
  const { db } = ctx
  await db.transaction('rw', [db.requests, db.summaries, db.concurrent, db.staff, db.audit], async () => {
    await requireManager(ctx, actor, '同時更新の確認')
    const flag = await db.concurrent.get(requestId)
    if (!flag) throw new DomainError('この請求には確認が必要な同時更新はありません。')
    const row = await getRequest(ctx, requestId)
    if (!row) throw new DomainError('請求が見つかりません。一覧から開き直してください。')
    const at = ctx.now().toISOString()
    const next = { ...row, updatedAt: at, updatedBy: actor.id }
    await db.requests.put(next)
    await putSummaries(ctx, [next])
    await db.concurrent.delete(requestId)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'request',
        entityId: requestId,
        action: RESOLVE_CONCURRENT_ACTION,
        summary: `受付 ${row.receiptNo} の同時更新を確認`,
        payload: { changes: [], before: requestRowHash(row), after: requestRowHash(next) }
      },
      at
    )
  })
}
