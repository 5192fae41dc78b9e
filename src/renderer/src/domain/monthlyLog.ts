// The monthly log (月次処理簿, SPEC.md "Monthly log"): every request received in a month or open at any time
// in it, with totals by kind and decision, days to notification, the overdue list and a year of intake counts.
import type { IsoDate } from './calendar'
import { REQUEST_KINDS } from './catalogue'
import {
  belongsToMonth,
  decisionLabel,
  shortKindLabel,
  toRow,
  type DecisionKey,
  type MonthlyLogRow
} from './monthlyLogRow'
import { OUTCOMES } from './outcomes'
import type { RequestRecord } from './request'
import { median, tally } from './stats'
import { monthEnd, monthOf, monthsEndingWith, monthStart, type YearMonth } from './yearMonth'

export type { MonthlyLogRow } from './monthlyLogRow'

export interface MonthCount {
  month: YearMonth
  count: number
}

export interface Tally<K extends string> {
  id: K
  label: string
  count: number
}

export interface MonthlyLogCounts {
  /** Rows in the log. */
  total: number
  receivedInMonth: number
  /** Received before the month and still open when it began. */
  carriedOver: number
  notifiedInMonth: number
  /** Withdrawn or ended for failed identity in the month. */
  endedOtherwise: number
  /** Still open on the last day the log describes. */
  openAtEnd: number
  overdue: number
  /** Past the APPI 39条 mark (receipt + 14 days) before notification. */
  statutoryPassed: number
}

export interface MonthlyLog {
  month: YearMonth
  from: IsoDate
  to: IsoDate
  /** The day the rows describe: the month's last day, or today while the month runs. */
  asOf: IsoDate
  rows: MonthlyLogRow[]
  counts: MonthlyLogCounts
  /** Every kind in catalogue order, zeros included, so months compare line by line. */
  byKind: Tally<string>[]
  /** The 決定 column's values that occur, in catalogue order, then 取下げ, 本人確認不可, 未決定. */
  byOutcome: Tally<DecisionKey>[]
  /** Over the requests notified in the month. */
  medianDays: number | null
  longest: { days: number; receiptNos: string[] } | null
  overdue: MonthlyLogRow[]
  /** Requests received per month, for the 12 months ending with this one. */
  receivedPerMonth: MonthCount[]
  /** Requests of this month deleted since by a retention purge (counted apart; their rows are gone). */
  purged?: PurgedCounts
}

export interface PurgedCounts {
  total: number
  receivedInMonth: number
}

export interface MonthlyLogOptions {
  /** Staff id → name, to show who took each request. */
  staffNames: ReadonlyMap<string, string>
  /** Counted by the caller from an index when `requests` holds only this month's rows. */
  receivedPerMonth?: readonly MonthCount[]
}

const DECISION_ORDER: readonly DecisionKey[] = [
  ...OUTCOMES.map((o) => o.id),
  'withdrawn',
  'identityFailed',
  'undecided'
]

/** Requests received in each of the 12 months ending with `month`. */
export function countReceivedPerMonth(requests: readonly RequestRecord[], month: YearMonth): MonthCount[] {
  const counts = tally(requests, (r) => monthOf(r.receivedOn), monthsEndingWith(month, 12))
  return monthsEndingWith(month, 12).map((m) => ({ month: m, count: counts.get(m) ?? 0 }))
}

function longestOf(notified: readonly MonthlyLogRow[]): MonthlyLog['longest'] {
  if (notified.length === 0) return null
  const days = Math.max(...notified.map((r) => r.days ?? 0))
  return { days, receiptNos: notified.filter((r) => r.days === days).map((r) => r.receiptNo) }
}

/** Days as the log prints them: whole days as 「12日」, a median between two as 「12.5日」. */
export const formatDays = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)}日`

/** Receipt numbers named beside the longest time to notice; the rest are counted (every one is in the table). */
const LONGEST_NAMED = 5

/** 「26日(2026-0431・2026-1136・…ほか19件)」: the longest days and the requests that took them, at most LONGEST_NAMED named. */
export function longestLabel(longest: MonthlyLog['longest']): string {
  if (longest === null) return '—'
  const named = longest.receiptNos.slice(0, LONGEST_NAMED).join('・')
  const rest = longest.receiptNos.length - LONGEST_NAMED
  return `${formatDays(longest.days)}(${named}${rest > 0 ? `・ほか${rest}件` : ''})`
}

export function buildMonthlyLog(
  requests: readonly RequestRecord[],
  month: YearMonth,
  today: IsoDate,
  options: MonthlyLogOptions
): MonthlyLog {
  const from = monthStart(month)
  const to = monthEnd(month)
  const asOf = today < to ? today : to
  const rows = requests
    .filter((r) => belongsToMonth(r, from, to))
    .map((r) => toRow(r, asOf, options.staffNames))
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.receiptNo.localeCompare(b.receiptNo))

  const notified = rows.filter((r) => r.notifiedOn !== null && r.notifiedOn >= from)
  const overdue = rows.filter((r) => r.overdue)
  const kinds = tally(
    rows,
    (r) => r.kind,
    REQUEST_KINDS.map((k) => k.id)
  )
  const decisions = tally(rows, (r) => r.decision, DECISION_ORDER)
  return {
    month,
    from,
    to,
    asOf,
    rows,
    counts: {
      total: rows.length,
      receivedInMonth: rows.filter((r) => r.receivedOn >= from).length,
      carriedOver: rows.filter((r) => r.receivedOn < from).length,
      notifiedInMonth: notified.length,
      endedOtherwise: rows.filter((r) => r.finishedOn !== null && r.notifiedOn === null).length,
      openAtEnd: rows.filter((r) => r.finishedOn === null).length,
      overdue: overdue.length,
      statutoryPassed: rows.filter((r) => r.statutoryDaysPast > 0).length
    },
    byKind: REQUEST_KINDS.map((k) => ({ id: k.id, label: shortKindLabel(k.id), count: kinds.get(k.id) ?? 0 })),
    byOutcome: DECISION_ORDER.filter((d) => (decisions.get(d) ?? 0) > 0).map((d) => ({
      id: d,
      label: decisionLabel(d),
      count: decisions.get(d) ?? 0
    })),
    medianDays: median(notified.map((r) => r.days ?? 0)),
    longest: longestOf(notified),
    overdue,
    receivedPerMonth: options.receivedPerMonth ? [...options.receivedPerMonth] : countReceivedPerMonth(requests, month)
  }
}
