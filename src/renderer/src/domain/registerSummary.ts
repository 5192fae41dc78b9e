// The register's compact view of one request: what the list, its search, filters and sorting, the home page
// and the monthly log's month lookup need, and nothing staff typed beyond names and contact digits. Kept in
// step with the request by every write (db/summaries.ts), so a register of 100,000 requests opens from one
// read of small rows instead of whole requests with their histories.
import type { RequestKindId, RequesterTypeId } from './catalogue'
import { searchKeysFor, toSearchKey } from './kana'
import { finishedOn } from './monthlyLogRow'
import { parseReceiptNo } from './receiptNumber'
import type { RequestRecord } from './request'
import { isOpen, type StatusId } from './status'
import { monthOf, monthsBetween, type YearMonth } from './yearMonth'

export interface RegisterSummary {
  id: string
  receiptNo: string
  /** 受付番号 as numbers, so 2019-11418 sorts after 2019-5186. */
  receiptYear: number
  receiptSeq: number
  receivedOn: string
  kind: RequestKindId
  status: StatusId
  dueOn: string
  /** APPI 39条: receipt + 14 calendar days, flagged whatever the target rule. */
  statutoryOn: string
  requesterType: RequesterTypeId
  name: string
  nameKana: string
  agentName: string
  patientNo: string
  /** The person's phone number, digits only. */
  phoneDigits: string
  /** Prefix-search keys: the request's own (names, readings, 受付番号), 診察券番号, phone digits, the agent by part. */
  searchKeys: string[]
  /** The notice's date, once notified. */
  notifiedOn: string | null
  /** The day it stopped being open (notice, withdrawal, failed identity); null while open. */
  finishedOn: string | null
  /** The months it was open in, receipt to finish (only the month of receipt while still open). */
  openMonths: YearMonth[]
  /**
   * The target date while the request is open, absent once it is not (schema v9). The home page's index: its key
   * stays put through the open steps (受付 → 確認 → 調査 → 承認待ち), so IndexedDB keeps no stale entry per step
   * as it does for [status+dueOn], and finding the open requests does not walk the whole register's history.
   */
  openDueOn?: string
  updatedAt: string
}

/** The summary with `openDueOn` as its status says: the target date while open, absent otherwise. */
export function withOpenDue<T extends Pick<RegisterSummary, 'status' | 'dueOn' | 'openDueOn'>>(s: T): T {
  const rest = { ...s }
  delete rest.openDueOn
  return isOpen(s.status) ? { ...rest, openDueOn: s.dueOn } : rest
}

const digitsOf = (s: string) => s.normalize('NFKC').replace(/\D/gu, '')

export function summarize(r: RequestRecord): RegisterSummary {
  const parsed = parseReceiptNo(r.receiptNo)
  const patientNo = r.person.patientNo.normalize('NFKC').trim()
  const phoneDigits = digitsOf(r.person.phone)
  const finished = finishedOn(r)
  const received = monthOf(r.receivedOn)
  const keys = new Set(r.searchKeys)
  for (const extra of [toSearchKey(patientNo), phoneDigits]) if (extra !== '') keys.add(extra)
  // The agent's name and フリガナ by part too, so the given name alone finds them.
  for (const k of searchKeysFor({ name: r.requester.agentName, nameKana: r.requester.agentKana })) keys.add(k)
  return withOpenDue({
    id: r.id,
    receiptNo: r.receiptNo,
    receiptYear: parsed?.year ?? 0,
    receiptSeq: parsed?.seq ?? 0,
    receivedOn: r.receivedOn,
    kind: r.kind,
    status: r.status,
    dueOn: r.dueOn,
    statutoryOn: r.statutoryOn,
    requesterType: r.requester.type,
    name: r.person.name,
    nameKana: r.person.nameKana,
    agentName: r.requester.agentName,
    patientNo,
    phoneDigits,
    searchKeys: [...keys],
    notifiedOn: r.notice?.issuedOn ?? null,
    finishedOn: finished,
    openMonths: finished === null || finished < r.receivedOn ? [received] : monthsBetween(received, monthOf(finished)),
    updatedAt: r.updatedAt
  })
}

/** Fields whose values repeat across a register: a few statuses and kinds, and some 1,500 days over six years. */
const SHARED_FIELDS = [
  'kind',
  'status',
  'requesterType',
  'receivedOn',
  'dueOn',
  'statutoryOn',
  'notifiedOn',
  'finishedOn',
  'openDueOn',
  'name',
  'nameKana',
  'agentName'
] as const satisfies readonly (keyof RegisterSummary)[]

/**
 * Rows read from IndexedDB each carry their own copy of every string, so 100,000 summaries hold 100,000 copies of
 * 「notified」 and of each day. This makes rows just read (owned by the caller, in place) share one copy of each
 * repeated value — the fields above, the open months and the search keys that are names (number keys are unique
 * and are left as they are) — so the register held for the session takes a third less memory. Values are unchanged.
 */
export function shareRepeatedStrings(rows: RegisterSummary[]): void {
  const seen = new Map<string, string>()
  const share = (s: string): string => {
    const kept = seen.get(s)
    if (kept !== undefined) return kept
    seen.set(s, s)
    return s
  }
  for (const row of rows) {
    const fields = row as unknown as Record<string, unknown>
    for (const f of SHARED_FIELDS) {
      const v = fields[f]
      if (typeof v === 'string') fields[f] = share(v)
    }
    const months = row.openMonths
    for (let i = 0; i < months.length; i++) months[i] = share(months[i] ?? '')
    const keys = row.searchKeys
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] ?? ''
      // 受付番号, 診察券番号 and phone digits start with a digit and differ from row to row.
      if (!/^\d/u.test(k)) keys[i] = share(k)
    }
  }
}
