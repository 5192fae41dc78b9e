// The monthly log's table columns: one definition shared by the printed table and the CSV, so both
// always carry the same columns in the same order.
import { formatShortDate } from './calendar'
import type { MonthlyLogRow } from './monthlyLogRow'

export interface MonthlyLogColumn {
  key: string
  label: string
  /** null is an empty cell; numbers stay numbers so a spreadsheet can add them up. */
  value: (row: MonthlyLogRow) => string | number | null
}

export const MONTHLY_LOG_COLUMNS: readonly MonthlyLogColumn[] = [
  { key: 'receiptNo', label: '受付番号', value: (r) => r.receiptNo },
  { key: 'receivedOn', label: '受付日', value: (r) => formatShortDate(r.receivedOn) },
  { key: 'kind', label: '種別', value: (r) => r.kindLabel },
  { key: 'requester', label: '請求者区分', value: (r) => r.requesterLabel },
  { key: 'identity', label: '本人確認', value: (r) => r.identityLabel },
  { key: 'decision', label: '決定', value: (r) => r.decisionLabel },
  { key: 'notifiedOn', label: '通知日', value: (r) => (r.notifiedOn === null ? null : formatShortDate(r.notifiedOn)) },
  { key: 'days', label: '日数', value: (r) => r.days },
  { key: 'handledBy', label: '担当', value: (r) => r.handledBy },
  { key: 'overdue', label: '期限超過', value: (r) => (r.overdue ? `超過${r.overdueDays}日` : null) },
  // APPI 39条: past receipt + 14 days, whatever the clinic's target rule.
  {
    key: 'statutory',
    label: '法定目安',
    value: (r) => (r.statutoryDaysPast > 0 ? `超過${r.statutoryDaysPast}日` : null)
  }
]
