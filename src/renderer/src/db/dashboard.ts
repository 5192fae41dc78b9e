// The home page's four lists, answered from the summaries' [status+dueOn] index: for each open status, one
// key range below today (overdue) and one over the coming days (due soon); awaiting approval and on hold are
// one status range each. Only matching summaries are read, never whole requests or the whole register.
import { Dexie } from 'dexie'
import { addDays } from '../domain/calendar'
import { compareReceiptNo } from '../domain/registerList'
import type { RegisterSummary } from '../domain/registerSummary'
import { OPEN_STATUS_IDS, type StatusId } from '../domain/status'
import type { DbContext } from './context'

export interface DashboardList {
  /** How many requests are in the list. */
  count: number
  /** The first `limit` of them, earliest target date first. */
  items: RegisterSummary[]
}

export interface Dashboard {
  overdue: DashboardList
  dueSoon: DashboardList
  awaitingApproval: DashboardList
  onHold: DashboardList
}

const byDue = (a: RegisterSummary, b: RegisterSummary) => a.dueOn.localeCompare(b.dueOn) || compareReceiptNo(a, b)

function toList(rows: RegisterSummary[], limit: number): DashboardList {
  return { count: rows.length, items: [...rows].sort(byDue).slice(0, limit) }
}

/** Summaries of these statuses with a target date from `from` to `to` (both included; null: no bound). */
async function dueBetween(
  ctx: DbContext,
  statuses: readonly StatusId[],
  from: string | null,
  to: string | null,
  includeTo = true
): Promise<RegisterSummary[]> {
  const lists = await Promise.all(
    statuses.map((s) =>
      ctx.db.summaries
        .where('[status+dueOn]')
        .between([s, from ?? Dexie.minKey], [s, to ?? Dexie.maxKey], true, includeTo)
        .toArray()
    )
  )
  return lists.flat()
}

/** Overdue (open, target before today), due within `soonDays` (today included), awaiting approval, on hold. */
export async function loadDashboard(ctx: DbContext, today: string, soonDays = 3, limit = 20): Promise<Dashboard> {
  const { summaries } = ctx.db
  return ctx.db.transaction('r', summaries, async () => {
    const [overdue, dueSoon, awaiting, held] = await Promise.all([
      dueBetween(ctx, OPEN_STATUS_IDS, null, today, false),
      dueBetween(ctx, OPEN_STATUS_IDS, today, addDays(today, soonDays)),
      dueBetween(ctx, ['awaitingApproval'], null, null),
      dueBetween(ctx, ['onHold'], null, null)
    ])
    return {
      overdue: toList(overdue, limit),
      dueSoon: toList(dueSoon, limit),
      awaitingApproval: toList(awaiting, limit),
      onHold: toList(held, limit)
    }
  })
}
