// The 管理者's reads and exports: the monthly log, its exports and the 監査記録 check. Each asks the staff table
// first (requireManager), so a reception login, or a manager demoted meanwhile, is refused whatever screen asks.
// An export's audit entry is written before the file is handed over; a file that then fails is recorded too.
import type { IsoDate } from '../domain/calendar'
import type { Actor } from '../domain/staff'
import type { YearMonth } from '../domain/yearMonth'
import { appendAudit } from './auditLog'
import { requireManager } from './authority'
import type { DbContext } from './context'
import type { VerifyOptions } from './integrity'
import type { TrailRef } from './verifiedTrail'
import { verifyRegisterInWorker, type CheckedReport } from './verifyInWorker'
import { loadMonthlyLog } from './monthlyQuery'

async function asManager(ctx: DbContext, actor: Actor, what: string): Promise<void> {
  await ctx.db.transaction('r', ctx.db.staff, () => requireManager(ctx, actor, what))
}

/**
 * The month's log for a manager. The staff check and the read run side by side (the read is most of the wait, and
 * the check's own transaction can queue behind other reads); a refused check rejects before any row is handed back.
 */
export async function monthlyLogFor(ctx: DbContext, actor: Actor, month: YearMonth, today: IsoDate) {
  const read = loadMonthlyLog(ctx, month, today)
  // A refusal wins over a read that failed meanwhile; the read's own failure is reported once the check passed.
  read.catch(() => undefined)
  await asManager(ctx, actor, '月次処理簿')
  return read
}

/** The manager's 監査記録 check, run in a worker when the page can start one (verifyInWorker.ts). */
export async function checkRegister(
  ctx: DbContext,
  actor: Actor,
  options?: Omit<VerifyOptions, 'trail'>,
  ref?: TrailRef
): Promise<CheckedReport> {
  await asManager(ctx, actor, '監査記録の検証')
  return verifyRegisterInWorker(ctx, options, ref)
}

export type MonthlyLogExportKind = 'print' | 'pdf' | 'csv'

export interface MonthlyLogExport {
  month: YearMonth
  kind: MonthlyLogExportKind
  rows: number
  /** How staff read it: 「月次処理簿(令和8年11月分・12件)をCSVで出力」. */
  summary: string
}

/** Records an export before its file exists (the trail never misses one that was handed over). */
export async function recordMonthlyLogExport(ctx: DbContext, actor: Actor, e: MonthlyLogExport): Promise<void> {
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    await requireManager(ctx, actor, '月次処理簿の出力')
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'export',
        entityId: `monthlyLog:${e.month}`,
        action: `monthlyLog:${e.kind}`,
        summary: e.summary,
        payload: { month: e.month, rows: e.rows }
      },
      ctx.now().toISOString()
    )
  })
}

/** The export recorded above did not reach a file (cancelled or failed): said in the trail, too. */
export async function recordMonthlyLogExportUndone(
  ctx: DbContext,
  actor: Actor,
  e: Pick<MonthlyLogExport, 'month' | 'kind'>,
  why: string
): Promise<void> {
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    await requireManager(ctx, actor, '月次処理簿の出力')
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'export',
        entityId: `monthlyLog:${e.month}`,
        action: `monthlyLog:${e.kind}:undone`,
        summary: `月次処理簿の出力は完了しませんでした(${why})`,
        payload: { month: e.month }
      },
      ctx.now().toISOString()
    )
  })
}
