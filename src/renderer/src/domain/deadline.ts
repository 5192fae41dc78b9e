// The target date for answering a request, and the statutory mark that stays visible whatever the target.
import holidayJp from '@holiday-jp/holiday_jp'
import { addDays, daysBetween, isValidIsoDate, weekday, type IsoDate } from './calendar'

/**
 * How the clinic counts its target: `days` calendar days, or `days` business days (skipping Japanese public
 * holidays, `closedWeekdays` with 0 = Sunday, and `closedDates`). Closed days matter only in business mode.
 */
export type DeadlineRule = {
  days: number
  mode: 'calendar' | 'business'
  closedWeekdays: number[]
  closedDates: string[]
}

// APPI 39条: two weeks after the request reaches us the person may sue, so that is the default target.
// The one default for every new installation (settings.ts starts from it): closed on Sundays; Saturday afternoons
// vary, so Saturday counts as open until the clinic closes it in settings.
export const DEFAULT_DEADLINE_RULE: DeadlineRule = {
  days: 14,
  mode: 'calendar',
  closedWeekdays: [0],
  closedDates: []
}

export const STATUTORY_DAYS = 14

// Looked up by the 'YYYY-MM-DD' key, never through a Date: holiday_jp.isHoliday(date) reads a Date with its
// local-time getters, so the same instant can be a different day on a PC set to another time zone.
const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(holidayJp.holidays))

// A year with no business day at all can only be a misconfiguration; stop instead of looping forever.
const MAX_SEARCH_DAYS = 366 * 3

export function isPublicHoliday(date: IsoDate): boolean {
  if (!isValidIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`)
  return PUBLIC_HOLIDAYS.has(date)
}

export function isBusinessDay(date: IsoDate, rule: DeadlineRule): boolean {
  return !rule.closedWeekdays.includes(weekday(date)) && !rule.closedDates.includes(date) && !isPublicHoliday(date)
}

/**
 * The clinic's year-end break that starts in December of `year` (12-29 to 01-03 of the next year), for the
 * settings screen to prefill closedDates. Not applied automatically: clinics close on different days.
 */
export function yearEndClosedDates(year: number): IsoDate[] {
  const start = `${String(year).padStart(4, '0')}-12-29`
  return Array.from({ length: 6 }, (_, i) => addDays(start, i))
}

/** The target date: receivedOn + days, or the days-th business day after receivedOn (which does not count). */
export function dueDate(receivedOn: IsoDate, rule: DeadlineRule): IsoDate {
  if (rule.mode === 'calendar') return addDays(receivedOn, rule.days)
  let date = receivedOn
  let counted = 0
  let idle = 0
  while (counted < rule.days) {
    date = addDays(date, 1)
    if (isBusinessDay(date, rule)) {
      counted += 1
      idle = 0
    } else if (++idle > MAX_SEARCH_DAYS) {
      throw new RangeError('No business day found: every day is closed in the deadline rule')
    }
  }
  return date
}

/**
 * APPI 39条: once two weeks have passed after the request reached us, the person may sue for it. The period
 * starts the next day (民法140条), so the two weeks end with receivedOn + 14; shown whatever the target.
 */
export function statutoryMark(receivedOn: IsoDate): IsoDate {
  return addDays(receivedOn, STATUTORY_DAYS)
}

/** Days from today to the due date: 0 on the day, negative once overdue. */
export function daysLeft(dueOn: IsoDate, today: IsoDate): number {
  return daysBetween(today, dueOn)
}
