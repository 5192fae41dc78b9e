// Exports of the register list (CSV, print, PDF), each written to the audit trail before the file is handed
// over; one that then does not reach a file is recorded too. Names go out in full only for a 管理者, checked
// against the staff table inside the transaction; any active staff member may take the masked list.
import { registerExportSummary, type RegisterExportKind } from '../domain/registerExport'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import { requireActiveStaff, requireManager } from './authority'
import type { DbContext } from './context'

export interface RegisterExport {
  kind: RegisterExportKind
  rows: number
  /** Whether search or filters narrowed the list. */
  filtered: boolean
  /** Names written in full (refused unless a 管理者). */
  fullNames: boolean
  /** The search and filters in force, for the trail (no personal data). */
  filter: Record<string, unknown>
}

const ENTITY_ID = 'register'

export async function recordRegisterExport(ctx: DbContext, actor: Actor, e: RegisterExport): Promise<void> {
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    if (e.fullNames) await requireManager(ctx, actor, '氏名を記載した受付簿の出力')
    else await requireActiveStaff(ctx, actor)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'export',
        entityId: ENTITY_ID,
        action: `register:${e.kind}`,
        summary: registerExportSummary(e.kind, e.rows, e.filtered, e.fullNames),
        payload: { rows: e.rows, fullNames: e.fullNames, filter: e.filter }
      },
      ctx.now().toISOString()
    )
  })
}

/** The export recorded above did not reach a file (cancelled or failed). */
export async function recordRegisterExportUndone(
  ctx: DbContext,
  actor: Actor,
  kind: RegisterExportKind,
  why: string
): Promise<void> {
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    await requireActiveStaff(ctx, actor)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'export',
        entityId: ENTITY_ID,
        action: `register:${kind}:undone`,
        summary: `受付簿の出力は完了しませんでした(${why})`,
        payload: null
      },
      ctx.now().toISOString()
    )
  })
}
