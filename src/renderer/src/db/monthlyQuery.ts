// Reads for the monthly log, answered from indexes so a register of 100,000 requests stays quick:
// only the requests that can belong to the month are fetched, and the year of intake counts are index counts.
import { Dexie } from 'dexie'
import type { IsoDate } from '../domain/calendar'
import { buildMonthlyLog, type MonthCount, type MonthlyLog } from '../domain/monthlyLog'
import { belongsToMonth } from '../domain/monthlyLogRow'
import type { RequestRecord } from '../domain/request'
import { OPEN_STATUS_IDS } from '../domain/status'
import { monthEnd, monthsEndingWith, monthStart, type YearMonth } from '../domain/yearMonth'
import type { DbContext } from './context'
import { listStaff } from './staffRepo'

// A notice's date is typed by staff and may be a little later than the day it was recorded; this much
// slack on "changed since the month began" keeps such a request from being missed.
const RECORDING_SLACK_DAYS = 31

function receivedBetween(ctx: DbContext, from: IsoDate, to: IsoDate) {
  return ctx.db.requests.where('[receivedOn+receiptNo]').between([from, Dexie.minKey], [to, Dexie.maxKey], true, true)
}

// Below this many, reading the rows and filtering them beats reading a second index's keys to intersect.
const SMALL_SIDE = 5_000

/**
 * The ids of requests received before `from` and changed since `changedSince`: from whichever side is small
 * (a recent month has few changed since, an old month few received before), else by intersecting both.
 */
async function earlierCandidates(
  ctx: DbContext,
  from: IsoDate,
  changedSince: string,
  smallSide: number
): Promise<string[]> {
  const before = ctx.db.requests.where('[receivedOn+receiptNo]').below([from, Dexie.minKey])
  const changed = ctx.db.requests.where('updatedAt').aboveOrEqual(changedSince)
  const [nBefore, nChanged] = await Promise.all([before.count(), changed.count()])
  if (Math.min(nBefore, nChanged) <= smallSide) return (nBefore <= nChanged ? before : changed).primaryKeys()
  const [beforeIds, changedIds] = await Promise.all([before.primaryKeys(), changed.primaryKeys()])
  const changedSet = new Set(changedIds)
  return beforeIds.filter((id) => changedSet.has(id))
}

/**
 * Every request that can belong to the month: received in it; or received earlier and either open now or
 * changed since the month began (finishing a request — notice, withdrawal — always changes updatedAt).
 * Only candidates found from index keys are read in full, then checked against the month.
 * (`smallSide` is there for tests, to take either path on a small register.)
 */
export async function requestsForMonth(
  ctx: DbContext,
  month: YearMonth,
  smallSide = SMALL_SIDE
): Promise<RequestRecord[]> {
  const from = monthStart(month)
  const to = monthEnd(month)
  const { requests } = ctx.db
  const changedSince = new Date(`${from}T00:00:00+09:00`)
  changedSince.setUTCDate(changedSince.getUTCDate() - RECORDING_SLACK_DAYS)
  const [inMonth, open, earlier] = await Promise.all([
    receivedBetween(ctx, from, to).primaryKeys(),
    requests.where('status').anyOf(OPEN_STATUS_IDS).primaryKeys(),
    earlierCandidates(ctx, from, changedSince.toISOString(), smallSide)
  ])
  const rows = await requests.bulkGet([...new Set([...inMonth, ...open, ...earlier])])
  return rows.filter((r): r is RequestRecord => r !== undefined && belongsToMonth(r, from, to))
}

/** Requests received in each of the 12 months ending with `month`, one index count per month. */
export async function receivedPerMonth(ctx: DbContext, month: YearMonth): Promise<MonthCount[]> {
  return Promise.all(
    monthsEndingWith(month, 12).map(async (m) => ({
      month: m,
      count: await receivedBetween(ctx, monthStart(m), monthEnd(m)).count()
    }))
  )
}

/** Staff id → name, including staff no longer active and the system actor of the first start. */
export async function staffNames(ctx: DbContext): Promise<Map<string, string>> {
  const staff = await listStaff(ctx)
  // Entries written before the first manager recorded themself carry the 'system' actor.
  return new Map([['system', 'システム'], ...staff.map((s): [string, string] => [s.id, s.name])])
}

export async function loadMonthlyLog(ctx: DbContext, month: YearMonth, today: IsoDate): Promise<MonthlyLog> {
  const [requests, counts, names] = await Promise.all([
    requestsForMonth(ctx, month),
    receivedPerMonth(ctx, month),
    staffNames(ctx)
  ])
  return buildMonthlyLog(requests, month, today, { staffNames: names, receivedPerMonth: counts })
}
