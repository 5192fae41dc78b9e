// The home page's lists, answered from the summaries' openDueOn index (schema v9): the open requests' summaries (a
// small part of a register), read once, give overdue, past the statutory mark, due soon, awaiting approval and on
// hold. Never whole requests or the whole register.
import { addDays } from '../domain/calendar'
import { compareReceiptNo } from '../domain/registerList'
import type { RegisterSummary } from '../domain/registerSummary'
import { isOpen } from '../domain/status'
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

/** Overdue (open, target before today), past the statutory mark, due within `soonDays` (today included), awaiting approval, on hold. */
export async function loadDashboard(ctx: DbContext, today: string, soonDays = 3, limit = 20): Promise<Dashboard> {
  const { summaries } = ctx.db
  // Every list is of open requests: the open summaries are read once, and the lists drawn from them.
  const stored = await summaries.orderBy('openDueOn').toArray()
  // A summary damaged outside the app is left off the home page (the register lists it, flagged by id).
  const open = readSummaries(stored).rows.filter((r) => isOpen(r.status))
  const soonTo = addDays(today, soonDays)
  return {
    overdue: toList(
      open.filter((r) => r.dueOn < today),
      limit
    ),
    statutoryPassed: toList(
      open.filter((r) => isStatutoryPassed(r, today)),
      limit
    ),
    dueSoon: toList(
      open.filter((r) => r.dueOn >= today && r.dueOn <= soonTo),
      limit
    ),
    awaitingApproval: toList(
      open.filter((r) => r.status === 'awaitingApproval'),
      limit
    ),
    onHold: toList(
      open.filter((r) => r.status === 'onHold'),
      limit
    )
  }
}
