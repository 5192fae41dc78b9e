// One request as the monthly log shows it: its state as it stood on a given day (the month's last day, or
// today while the month runs), so a log printed again later reads the same for a month that is over.
import { dayOf, daysBetween, type IsoDate } from './calendar'
import { hasStatutoryMark, kindById, labelOf, REQUESTER_TYPES, type RequestKindId } from './catalogue'
import { outcomeById, type OutcomeId } from './outcomes'
import type { IdentityResult, RequestRecord } from './request'

/** The 決定 column: an approved outcome, or how the request otherwise ended, or not yet decided. */
export type DecisionKey = OutcomeId | 'withdrawn' | 'identityFailed' | 'undecided'

export const END_LABELS = { withdrawn: '取下げ', identityFailed: '本人確認不可', undecided: '未決定' } as const

export interface MonthlyLogRow {
  id: string
  receiptNo: string
  receivedOn: IsoDate
  kind: RequestKindId
  kindLabel: string
  requesterLabel: string
  identityLabel: string
  decision: DecisionKey
  decisionLabel: string
  /** The notice's date, if issued by the day the row describes. */
  notifiedOn: IsoDate | null
  /** Calendar days from receipt to notification. */
  days: number | null
  /** Who took the request at intake. */
  handledBy: string
  dueOn: IsoDate
  /** Notified, withdrawn or ended for failed identity by the day the row describes. */
  finishedOn: IsoDate | null
  overdue: boolean
  /** Days past the target: until it finished, or until the day the row describes. */
  overdueDays: number
  /** APPI 39条: days past receipt + 14 before notification (or until the day described); 0 where it does not apply. */
  statutoryDaysPast: number
}

const IDENTITY_LABELS: Record<IdentityResult, string> = {
  verified: '確認済',
  incomplete: '不備あり',
  failed: '確認不可'
}

/** The day a request stopped being open: its notice's date, or the day it was withdrawn or ended. */
export function finishedOn(r: RequestRecord): IsoDate | null {
  if (r.notice) return r.notice.issuedOn
  if (r.status !== 'withdrawn' && r.status !== 'identityFailed') return null
  // recordIdentity with result 'failed' ends a request without setting closedOn.
  return dayOf(r.closedOn ?? r.identity?.at ?? r.updatedAt)
}

/** Received by the month's end and not finished before it began: received in it, or open at some time in it. */
export function belongsToMonth(r: RequestRecord, from: IsoDate, to: IsoDate): boolean {
  if (r.receivedOn > to) return false
  if (r.receivedOn >= from) return true
  const finished = finishedOn(r)
  return finished === null || finished >= from
}

/** The label of a kind without its parenthesised note, to fit a table cell. */
export function shortKindLabel(kind: RequestKindId): string {
  return kindById(kind).label.replace(/\s*\(.*\)$/u, '')
}

// A notice is often recorded a day or two after the letter went out, with its true date: a request notified
// by `asOf` had by then been checked and decided, whatever the stamps of those steps say.
function identityLabel(r: RequestRecord, decision: DecisionKey, asOf: IsoDate): string {
  if (decision === 'identityFailed') return IDENTITY_LABELS.failed
  if (r.identity && (dayOf(r.identity.at) <= asOf || decision !== 'undecided'))
    return IDENTITY_LABELS[r.identity.result]
  return kindById(r.kind).identityRequired ? '未了' : '不要'
}

function decisionOf(r: RequestRecord, finished: IsoDate | null, notified: boolean, asOf: IsoDate): DecisionKey {
  if (finished !== null && r.status === 'withdrawn') return 'withdrawn'
  if (finished !== null && r.status === 'identityFailed') return 'identityFailed'
  // Only a decision a manager had approved by then counts; a draft may still be sent back.
  if (r.decision && r.approval && (notified || dayOf(r.approval.at) <= asOf)) return r.decision.outcome
  return 'undecided'
}

export function decisionLabel(key: DecisionKey): string {
  return key === 'withdrawn' || key === 'identityFailed' || key === 'undecided'
    ? END_LABELS[key]
    : outcomeById(key).label
}

/** The row for a request as it stood at the end of `asOf`. */
export function toRow(r: RequestRecord, asOf: IsoDate, staffNames: ReadonlyMap<string, string>): MonthlyLogRow {
  const ended = finishedOn(r)
  const finished = ended !== null && ended <= asOf ? ended : null
  const notifiedOn = r.notice && r.notice.issuedOn <= asOf ? r.notice.issuedOn : null
  const decision = decisionOf(r, finished, notifiedOn !== null, asOf)
  // Overdue: still open past the target on that day, or finished (notified, withdrawn) after the target.
  const overdueDays = daysBetween(r.dueOn, finished ?? asOf)
  return {
    id: r.id,
    receiptNo: r.receiptNo,
    receivedOn: r.receivedOn,
    kind: r.kind,
    kindLabel: shortKindLabel(r.kind),
    requesterLabel: labelOf(REQUESTER_TYPES, r.requester.type),
    identityLabel: identityLabel(r, decision, asOf),
    decision,
    decisionLabel: decisionLabel(decision),
    notifiedOn,
    days: notifiedOn === null ? null : daysBetween(r.receivedOn, notifiedOn),
    handledBy: staffNames.get(r.createdBy) ?? '(不明)',
    dueOn: r.dueOn,
    finishedOn: finished,
    overdue: overdueDays > 0,
    overdueDays: Math.max(0, overdueDays),
    statutoryDaysPast: hasStatutoryMark(r.kind) ? Math.max(0, daysBetween(r.statutoryOn, finished ?? asOf)) : 0
  }
}
