// The 監査記録 screen's filter, page order and CSV, apart from the database: which instants a range of Japan
// calendar days covers, the newest-first order pages follow, and the rows of an exported range.
import { auditActionLabel } from './auditActions'
import type { AuditEntry } from './audit'
import { toCsv } from './csv'

export interface AuditFilter {
  /** 受付番号 of one request, or empty. */
  receiptNo: string
  /** Staff id of who acted, or empty. */
  actorId: string
  /** One action id (auditActions.ts), or empty. */
  action: string
  /** Japan calendar days (YYYY-MM-DD), inclusive; empty for no bound. */
  from: string
  to: string
}

export const NO_AUDIT_FILTER: AuditFilter = { receiptNo: '', actorId: '', action: '', from: '', to: '' }

/** Where a page ended: the next page starts just after this entry in newest-first order. */
export interface AuditCursor {
  at: string
  id: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u
const JST_OFFSET_MS = 9 * 60 * 60 * 1000

/** The UTC instant at which a Japan calendar day starts. */
function tokyoDayStart(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d) - JST_OFFSET_MS).toISOString()
}

function nextDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/**
 * The instants [lo, hi) that the days from–to cover in Japan time; an open side is the widest ISO string
 * range. Entries store `at` as UTC ISO strings, which sort as instants.
 */
export function auditInstantRange(from: string, to: string): { lo: string; hi: string } {
  return {
    lo: DAY.test(from) ? tokyoDayStart(from) : '',
    hi: DAY.test(to) ? tokyoDayStart(nextDay(to)) : '\uffff'
  }
}

/** Newest first; entries stamped at the same instant by id, descending (as the index walks them backwards). */
export function compareNewestFirst(a: AuditCursor, b: AuditCursor): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/** Whether the entry comes after the cursor in newest-first order (so belongs to the next page). */
export const isAfterCursor = (e: AuditCursor, c: AuditCursor | null): boolean =>
  c === null || compareNewestFirst(c, e) < 0

/** Whether the entry passes the filter's staff, action and days (the 受付番号 is matched by the caller). */
export function auditEntryMatches(
  e: Pick<AuditEntry, 'actorId' | 'action' | 'at'>,
  f: Pick<AuditFilter, 'actorId' | 'action' | 'from' | 'to'>
): boolean {
  const { lo, hi } = auditInstantRange(f.from, f.to)
  return (
    (f.actorId === '' || e.actorId === f.actorId) &&
    (f.action === '' || e.action === f.action) &&
    e.at >= lo &&
    e.at < hi
  )
}

/** An entry as the screen and the CSV show it: what it concerns in words, and the request's page when it is one. */
export interface AuditRow {
  entry: AuditEntry
  /** 受付番号 of the request it concerns, when it concerns one. */
  receiptNo: string | null
  requestId: string | null
  /** The staff member it concerns (staff entries), by name. */
  staffName: string | null
}

export function auditSubject(r: Pick<AuditRow, 'receiptNo' | 'staffName'>): string {
  if (r.receiptNo !== null) return `受付番号 ${r.receiptNo}`
  if (r.staffName !== null) return `職員 ${r.staffName}`
  return ''
}

/** The rows of an exported range (the platform writes UTF-8 with a BOM; csv.ts guards formulas). */
export function auditCsv(rows: readonly AuditRow[], formatAt: (iso: string) => string): string {
  return toCsv(
    ['日時', '端末', '番号', '操作', '内容', '対象', '担当'],
    rows.map((r) => [
      formatAt(r.entry.at),
      r.entry.deviceId.slice(0, 8),
      r.entry.deviceSeq,
      auditActionLabel(r.entry.action),
      r.entry.summary,
      auditSubject(r),
      r.entry.actorName
    ])
  )
}
