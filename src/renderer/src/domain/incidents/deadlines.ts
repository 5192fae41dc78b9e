// When an incident's reports are due. Pure: the date it became known and the clinic's calendar come in.
import { isPublicHoliday, dueDate, type DeadlineRule } from '../deadline'
import { addDays, weekday, type IsoDate } from '../calendar'
import type { IncidentRecord } from '../records/incident'

type Situations = IncidentRecord['situations']

/** APPI 26条1項・規則7条: reportable when any one of the four situations applies. */
export function isReportable(situations: Situations): boolean {
  return situations.length > 0
}

export const PRELIMINARY_DAYS_MIN = 3
export const PRELIMINARY_DAYS_MAX = 5

/**
 * 規則8条1項 「速やかに」: the commission's guideline reads this as about 3–5 days from becoming aware. The clinic
 * sets the days (default 3) and they are counted as its business days (public holidays and closed days skipped).
 */
export function preliminaryTarget(knownOn: IsoDate, days: number, calendar: DeadlineRule): IsoDate {
  return dueDate(knownOn, { ...calendar, days, mode: 'business' })
}

/** The commission's closed days: weekends, public holidays and the year-end break (12-29 to 01-03). */
function commissionClosed(date: IsoDate): boolean {
  const md = date.slice(5)
  const yearEnd = md >= '12-29' || md <= '01-03'
  return weekday(date) === 0 || weekday(date) === 6 || isPublicHoliday(date) || yearEnd
}

/**
 * 規則8条2項: the 確報 within 30 days, 60 where 不正の目的 (規則7条3号) applies. Per the commission's guideline the
 * day of becoming aware is day 1, and a last day on which the commission is closed moves to its next open day.
 */
export function finalDeadline(knownOn: IsoDate, situations: Situations): IsoDate {
  const days = situations.includes('malicious') ? 60 : 30
  let date = addDays(knownOn, days - 1)
  while (commissionClosed(date)) date = addDays(date, 1)
  return date
}

/** knownAt ('YYYY-MM-DDTHH:mm', already Japan time) as the day the clinic became aware and the time on that day. */
export function splitKnownAt(knownAt: string): { on: IsoDate; time: string } {
  return { on: knownAt.slice(0, 10), time: knownAt.slice(11, 16) }
}

export interface IncidentDeadlines {
  reportable: boolean
  preliminaryOn: IsoDate | null
  finalOn: IsoDate | null
  preliminaryDone: boolean
  finalDone: boolean
}

export function incidentDeadlines(
  incident: Pick<IncidentRecord, 'knownAt' | 'situations' | 'submissions'>,
  preliminaryDays: number,
  calendar: DeadlineRule
): IncidentDeadlines {
  const knownOn = splitKnownAt(incident.knownAt).on
  const reportable = isReportable(incident.situations)
  return {
    reportable,
    preliminaryOn: reportable ? preliminaryTarget(knownOn, preliminaryDays, calendar) : null,
    finalOn: reportable ? finalDeadline(knownOn, incident.situations) : null,
    preliminaryDone: incident.submissions.some((s) => s.stage === 'preliminary'),
    finalDone: incident.submissions.some((s) => s.stage === 'final')
  }
}
