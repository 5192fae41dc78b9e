// Checking the stored requests against what the audit trail says about them: a row changed outside the app
// (its hash is not the one its latest entry produced), a row no entry created, a row deleted outside the app,
// and a 受付番号 the numbering table gave out with no request and no recorded reason.
import type { AuditEntry } from './audit'
import { formatReceiptNo } from './receiptNumber'
import { afterHashOf, CREATE_ACTIONS } from './requestPayloads'
import { requestRowHash } from './requestHash'
import type { RequestRecord } from './request'

export type RecordProblemKind = 'rowChanged' | 'rowUnrecorded' | 'rowDeleted' | 'numberUnused'

export interface RecordProblem {
  kind: RecordProblemKind
  receiptNo: string
  message: string
}

/** What the trail says about one request, from its newest entry. */
export interface RequestTrace {
  receiptNo: string | null
  /** The row hash the newest entry produced; null when that entry was written before row hashes (legacy). */
  after: string | null
  /** Its payloads were blanked by a retention purge: the row is gone on purpose. */
  purged: boolean
  at: string
  /** The newest entry's place in its device's chain: within one device the chain's order wins over clocks. */
  deviceId: string
  deviceSeq: number
}

export interface TrailIndex {
  requests: Map<string, RequestTrace>
  /** 受付番号 whose absence an entry explains (a retention purge lists what it deleted in payload.receiptNos). */
  accounted: Set<string>
  /** 受付番号 named by 'number:issue' entries (any PC). */
  issued: Set<string>
}

export const newTrailIndex = (): TrailIndex => ({ requests: new Map(), accounted: new Set(), issued: new Set() })

/** A copy the check can go on noting entries into, leaving the kept one as it was. */
export const copyTrailIndex = (t: TrailIndex): TrailIndex => ({
  requests: new Map(t.requests),
  accounted: new Set(t.accounted),
  issued: new Set(t.issued)
})

const RECEIPT_IN_SUMMARY = /\d{4}-\d{4,}/

function receiptNosOf(payload: unknown): string[] {
  if (typeof payload !== 'object' || payload === null || !('receiptNos' in payload)) return []
  const list: unknown = payload.receiptNos
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []
}

/** Notes one entry (any order within a device; devices are merged by time). */
export function noteEntry(index: TrailIndex, e: AuditEntry): void {
  if (e.entity === 'retention') for (const no of receiptNosOf(e.payload)) index.accounted.add(no)
  if (e.action === 'number:issue' && typeof e.payload === 'object' && e.payload !== null && 'receiptNo' in e.payload) {
    const no: unknown = e.payload.receiptNo
    if (typeof no === 'string') index.issued.add(no)
  }
  if (e.entity !== 'request') return
  const known = index.requests.get(e.entityId)
  const isCreate = CREATE_ACTIONS.includes(e.action)
  const receiptNo = isCreate ? (RECEIPT_IN_SUMMARY.exec(e.summary)?.[0] ?? null) : (known?.receiptNo ?? null)
  const purged = (known?.purged ?? false) || e.payload === null
  const older = known !== undefined && (known.deviceId === e.deviceId ? known.deviceSeq > e.deviceSeq : known.at > e.at)
  if (known && older) {
    index.requests.set(e.entityId, { ...known, receiptNo: known.receiptNo ?? receiptNo, purged })
    return
  }
  // Entries that leave the row as it was (a view, a print) carry no row hash: the last one that did still stands.
  const after = afterHashOf(e.payload) ?? (isCreate ? null : (known?.after ?? null))
  index.requests.set(e.entityId, {
    receiptNo: receiptNo ?? known?.receiptNo ?? null,
    after,
    purged,
    at: e.at,
    deviceId: e.deviceId,
    deviceSeq: e.deviceSeq
  })
}

/**
 * A stored row against its trace; returns null when it matches or the trace is legacy. `hash` is the row's
 * requestRowHash when the caller has it already (the check hashes a page of rows at once).
 */
export function checkRow(row: RequestRecord, trace: RequestTrace | undefined, hash?: string): RecordProblem | null {
  const receiptNo = row.receiptNo
  if (!trace)
    return {
      kind: 'rowUnrecorded',
      receiptNo,
      message: `受付番号 ${receiptNo} の請求には監査記録がありません。アプリの外で追加された可能性があります。`
    }
  if (trace.after === null || trace.after === (hash ?? requestRowHash(row))) return null
  return {
    kind: 'rowChanged',
    receiptNo,
    message: `受付番号 ${receiptNo} の請求がアプリの外で書き換えられています(最後の記録の内容と一致しません)。`
  }
}

/** Requests the trail created that have no row, and numbers given out with no request. */
export function missingRequests(
  index: TrailIndex,
  storedIds: ReadonlySet<string>,
  storedReceiptNos: ReadonlySet<string>,
  numbering: readonly { year: number; next: number }[],
  /**
   * A register shared between PCs leases blocks of numbers, so a number below the table's highest may simply be
   * unused in another PC's block: then only the numbers an entry says were issued must have their request.
   */
  shared = false
): RecordProblem[] {
  const problems: RecordProblem[] = []
  const named = new Set<string>()
  for (const [id, trace] of index.requests) {
    if (storedIds.has(id) || trace.purged) continue
    if (trace.receiptNo !== null && index.accounted.has(trace.receiptNo)) continue
    const receiptNo = trace.receiptNo ?? '(番号不明)'
    named.add(receiptNo)
    problems.push({
      kind: 'rowDeleted',
      receiptNo,
      message: `受付番号 ${receiptNo} の請求が削除されています(監査記録には登録があります)。`
    })
  }
  const given = shared
    ? [...index.issued]
    : numbering.flatMap(({ year, next }) => Array.from({ length: next - 1 }, (_, i) => formatReceiptNo(year, i + 1)))
  for (const receiptNo of given) {
    if (storedReceiptNos.has(receiptNo) || index.accounted.has(receiptNo) || named.has(receiptNo)) continue
    problems.push({
      kind: 'numberUnused',
      receiptNo,
      message: `受付番号 ${receiptNo} は採番されていますが、請求も削除の記録もありません。`
    })
  }
  return problems
}
