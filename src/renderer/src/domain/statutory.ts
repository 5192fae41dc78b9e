// APPI 39条: the receipt+14 mark, flagged wherever open requests are listed, whatever the clinic's target rule.
import { hasStatutoryMark, type RequestKindId } from './catalogue'
import { addDays, daysBetween, type IsoDate } from './calendar'
import { dueDate, statutoryMark, type DeadlineRule } from './deadline'
import { isOpen, type StatusId } from './status'

export interface StatutoryFields {
  kind: RequestKindId
  status: StatusId
  statutoryOn: string
}

/** Days past the statutory mark for an open (not yet notified) request of a kind the mark applies to; 0 otherwise. */
export function statutoryDaysPast(r: StatutoryFields, today: IsoDate): number {
  if (!hasStatutoryMark(r.kind) || !isOpen(r.status)) return 0
  return Math.max(0, daysBetween(r.statutoryOn, today))
}

export function isStatutoryPassed(r: StatutoryFields, today: IsoDate): boolean {
  return statutoryDaysPast(r, today) > 0
}

/**
 * The first receipt date within a year from `from` whose target, under `rule`, falls after the statutory mark:
 * 設定 warns with it. Null when the rule always answers within two weeks.
 */
export function firstTargetBeyondStatutory(
  rule: DeadlineRule,
  from: IsoDate
): { receivedOn: IsoDate; dueOn: IsoDate; statutoryOn: IsoDate } | null {
  for (let i = 0; i < 366; i++) {
    const receivedOn = addDays(from, i)
    const due = dueDate(receivedOn, rule)
    const mark = statutoryMark(receivedOn)
    if (due > mark) return { receivedOn, dueOn: due, statutoryOn: mark }
  }
  return null
}
