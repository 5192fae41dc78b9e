// Calendar months as 'YYYY-MM' strings, for the monthly log: their first and last days, stepping back and
// forth, and their Japanese names. Built on calendar.ts, so a month is a Japan-time month.
import { addDays, formatJapaneseDate, type IsoDate } from './calendar'

export type YearMonth = string

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isYearMonth(s: string): boolean {
  return YEAR_MONTH.test(s)
}

function parts(month: YearMonth): { y: number; m: number } {
  const match = YEAR_MONTH.exec(month)
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`)
  return { y: Number(match[1]), m: Number(match[2]) }
}

/** The month `n` months after `month` (before, when n is negative). */
export function shiftMonth(month: YearMonth, n: number): YearMonth {
  const { y, m } = parts(month)
  const index = y * 12 + (m - 1) + n
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

export function monthStart(month: YearMonth): IsoDate {
  parts(month)
  return `${month}-01`
}

export function monthEnd(month: YearMonth): IsoDate {
  return addDays(monthStart(shiftMonth(month, 1)), -1)
}

export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7)
}

/** The `count` months that end with `month`, oldest first. */
export function monthsEndingWith(month: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i - count + 1))
}

/** Every month from `from` to `to`, both included, oldest first (empty when `to` is before `from`). */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const a = parts(from)
  const b = parts(to)
  const count = (b.y - a.y) * 12 + (b.m - a.m) + 1
  return count > 0 ? monthsEndingWith(to, count) : []
}

/** '令和8年11月' (year 1 as 元年) or '2026年11月'. */
export function formatMonth(month: YearMonth, style: 'wareki' | 'seireki'): string {
  return formatJapaneseDate(monthStart(month), style).replace(/1日$/u, '')
}
