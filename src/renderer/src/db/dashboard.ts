// The home page's lists, answered from the summaries' [status+dueOn] index: the open statuses' summaries (a small
// part of a register) for overdue and past the statutory mark, one range over the coming days for due soon, and
// one status range each for awaiting approval and on hold. Never whole requests or the whole register.
import { Dexie } from 'dexie'
import { addDays } from '../domain/calendar'
import { compareReceiptNo } from '../domain/registerList'
import type { RegisterSummary } from '../domain/registerSummary'
import { OPEN_STATUS_IDS, type StatusId } from '../domain/status'
import { isStatutoryPassed } from '../domain/statutory'
import type { DbContext } from './context'
import { readSummaries } from '../domain/records'

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
  /** APPI 39条: open past receipt + 14 days, whatever the target rule. */
  statutoryPassed: DashboardList
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
  // A summary damaged outside the app is left off the home page (the register lists it, flagged by id).
  return readSummaries(lists.flat()).rows
}

/** Overdue (open, target before today), past the statutory mark, due within `soonDays` (today included), awaiting approval, on hold. */
export async function loadDashboard(ctx: DbContext, today: string, soonDays = 3, limit = 20): Promise<Dashboard> {
  const { summaries } = ctx.db
  return ctx.db.transaction('r', summaries, async () => {
    const [open, dueSoon, awaiting, held] = await Promise.all([
      // Open requests are a small part of a register; the statutory mark is checked on each of them.
      dueBetween(ctx, OPEN_STATUS_IDS, null, null),
      dueBetween(ctx, OPEN_STATUS_IDS, today, addDays(today, soonDays)),
      dueBetween(ctx, ['awaitingApproval'], null, null),
      dueBetween(ctx, ['onHold'], null, null)
    ])
    const overdue = open.filter((r) => r.dueOn < today)
    const statutoryPassed = open.filter((r) => isStatutoryPassed(r, today))
    return {
      overdue: toList(overdue, limit),
      statutoryPassed: toList(statutoryPassed, limit),
      dueSoon: toList(dueSoon, limit),
      awaitingApproval: toList(awaiting, limit),
      onHold: toList(held, limit)
    }
  })
}
