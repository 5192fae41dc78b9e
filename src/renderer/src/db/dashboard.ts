// The home page's four lists, answered from indexes so a register of 100,000 requests is never loaded whole:
// the status index gives only open, awaiting or held rows; the dueOn index gives only rows due in the window.
import { addDays } from '../domain/calendar'
import type { RequestRecord } from '../domain/request'
import { isOpen, OPEN_STATUS_IDS } from '../domain/status'
import { isStatutoryPassed } from '../domain/statutory'
import type { DbContext } from './context'

export interface DashboardList {
  /** How many requests are in the list. */
  count: number
  /** The first `limit` of them, earliest target date first. */
  items: RequestRecord[]
}

export interface Dashboard {
  overdue: DashboardList
  dueSoon: DashboardList
  awaitingApproval: DashboardList
  onHold: DashboardList
  /** APPI 39条: open past receipt + 14 days, whatever the target rule. */
  statutoryPassed: DashboardList
}

const byDue = (a: RequestRecord, b: RequestRecord) =>
  a.dueOn.localeCompare(b.dueOn) || a.receiptNo.localeCompare(b.receiptNo)

function toList(rows: RequestRecord[], limit: number): DashboardList {
  return { count: rows.length, items: [...rows].sort(byDue).slice(0, limit) }
}

/** Overdue (open, target before today), past the statutory mark, due within `soonDays` (today included), awaiting approval, on hold. */
export async function loadDashboard(ctx: DbContext, today: string, soonDays = 3, limit = 20): Promise<Dashboard> {
  const { requests } = ctx.db
  return ctx.db.transaction('r', requests, async () => {
    const [open, dueSoon, awaiting, held] = await Promise.all([
      requests
        .where('status')
        .anyOf(OPEN_STATUS_IDS)
        .filter((r) => r.dueOn < today || isStatutoryPassed(r, today))
        .toArray(),
      requests
        .where('dueOn')
        .between(today, addDays(today, soonDays), true, true)
        .filter((r) => isOpen(r.status))
        .toArray(),
      requests.where('status').equals('awaitingApproval').toArray(),
      requests.where('status').equals('onHold').toArray()
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
