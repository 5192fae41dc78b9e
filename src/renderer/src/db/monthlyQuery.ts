// Reads for the monthly log, answered from indexes so a register of 100,000 requests stays quick:
// only the requests that belong to the month are fetched, and the year of intake counts are index counts.
import { dayOf, type IsoDate } from '../domain/calendar'
import { buildMonthlyLog, type MonthCount, type MonthlyLog, type PurgedCounts } from '../domain/monthlyLog'
import { belongsToMonth } from '../domain/monthlyLogRow'
import { readStoredRows, type DamagedRow } from '../domain/records'
import type { RequestRecord } from '../domain/request'
import { monthEnd, monthsEndingWith, monthStart, type YearMonth } from '../domain/yearMonth'
import type { DbContext } from './context'
import { listStaff } from './staffRepo'

/**
 * Every request that belongs to the month: the summaries' *openMonths index names each finished request under
 * every month from its receipt to its finish, and an open one under its month of receipt; the open requests
 * received before the month are open in it too, found by the [receivedOn+openDueOn] index (schema v10), which
 * holds only open summaries. The two sets do not meet; each is read in full as soon as its keys are known, and
 * every row is still checked against the month (a summary is only a guide to which rows to read).
 */
export async function requestsForMonth(ctx: DbContext, month: YearMonth): Promise<RequestRecord[]> {
  return (await readRequestsForMonth(ctx, month)).rows
}

/** The month's requests read through their schema: a damaged row is set apart by id, never counted as valid. */
export async function readRequestsForMonth(
  ctx: DbContext,
  month: YearMonth
): Promise<{ rows: RequestRecord[]; damaged: DamagedRow[] }> {
  const from = monthStart(month)
  const to = monthEnd(month)
  const { summaries, requests } = ctx.db
  const rowsOf = async (keys: Promise<string[]>) => requests.bulkGet(await keys)
  // Each read in its own transaction: IndexedDB answers them side by side (one transaction answers in turn).
  const found = await Promise.all([
    rowsOf(summaries.where('openMonths').equals(month).primaryKeys()),
    // [r, d] < [from] for every r before `from`, whatever the target date d.
    rowsOf(summaries.where('[receivedOn+openDueOn]').below([from]).primaryKeys())
  ])
  // By id: a summary out of step with its request could name it in both sets.
  const raws = new Map<string, RequestRecord>()
  for (const r of found.flat()) if (r !== undefined) raws.set(r.id, r)
  const { rows, damaged } = readStoredRows('requests', [...raws.values()])
  return { rows: rows.filter((r) => belongsToMonth(r, from, to)), damaged }
}

/**
 * Requests of the month that a retention purge has since deleted: their rows are gone from the log, so they are
 * counted from what the purge kept (receipt and closing day), received on or before the month's end and closed
 * on or after its first day.
 */
export async function purgedForMonth(ctx: DbContext, month: YearMonth): Promise<PurgedCounts> {
  const from = monthStart(month)
  const to = monthEnd(month)
  const kept = await ctx.db.purged.where('receivedOn').belowOrEqual(to).toArray()
  const inMonth = kept.filter((p) => dayOf(p.closedOn) >= from)
  return { total: inMonth.length, receivedInMonth: inMonth.filter((p) => p.receivedOn >= from).length }
}

/** Requests received in each of the 12 months ending with `month`, one index count per month. */
export async function receivedPerMonth(ctx: DbContext, month: YearMonth): Promise<MonthCount[]> {
  return Promise.all(
    monthsEndingWith(month, 12).map(async (m) => ({
      month: m,
      // Requests purged after their retention period still count in the months they were received.
      count:
        (await ctx.db.summaries.where('receivedOn').between(monthStart(m), monthEnd(m), true, true).count()) +
        (await ctx.db.purged.where('receivedOn').between(monthStart(m), monthEnd(m), true, true).count())
    }))
  )
}

/** Staff id → name, including staff no longer active and the system actor of the first start. */
export async function staffNames(ctx: DbContext): Promise<Map<string, string>> {
  const staff = await listStaff(ctx)
  // Entries written before the first manager recorded themself carry the 'system' actor.
  return new Map([['system', 'システム'], ...staff.map((s): [string, string] => [s.id, s.name])])
}

export async function loadMonthlyLog(
  ctx: DbContext,
  month: YearMonth,
  today: IsoDate
): Promise<MonthlyLog & { damaged: DamagedRow[] }> {
  const [{ rows: requests, damaged }, counts, names, purged] = await Promise.all([
    readRequestsForMonth(ctx, month),
    receivedPerMonth(ctx, month),
    staffNames(ctx),
    purgedForMonth(ctx, month)
  ])
  const log = buildMonthlyLog(requests, month, today, { staffNames: names, receivedPerMonth: counts })
  return { ...log, ...(purged.total > 0 ? { purged } : {}), damaged }
}
