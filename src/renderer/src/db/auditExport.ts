// A filtered range of the 監査記録 saved as CSV by a 管理者: recorded in the trail before the file is handed over,
// and recorded again if the file then does not happen. The filter is kept in the payload (a 受付番号 is no name).
import type { AuditFilter } from '../domain/auditFilter'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import { requireManager } from './authority'
import type { DbContext } from './context'

const WHAT = '監査記録の出力'

async function record(ctx: DbContext, actor: Actor, action: string, summary: string, payload: unknown) {
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    await requireManager(ctx, actor, WHAT)
    await appendAudit(
      ctx,
      actor,
      { entity: 'export', entityId: 'audit', action, summary, payload },
      ctx.now().toISOString()
    )
  })
}

export async function recordAuditExport(ctx: DbContext, actor: Actor, filter: AuditFilter, rows: number) {
  await record(ctx, actor, 'audit:csv', `監査記録(${rows}件)をCSVに保存`, { filter, rows })
}

export async function recordAuditExportUndone(ctx: DbContext, actor: Actor, why: string) {
  await record(ctx, actor, 'audit:csv:undone', `監査記録の出力は完了しませんでした(${why})`, null)
}
