// The register as it is on screen, for a file or a printout: the shown rows in the shown order, in the
// columns the list has. Names are written in full only when the data layer said the exporter may (a 管理者);
// otherwise masked as at the counter. The same CSV guard as the monthly log (csv.ts).
import { kindById, labelOf, REQUESTER_TYPES } from './catalogue'
import { toCsv, type CsvCell } from './csv'
import { maskName } from './receiptNumber'
import type { RegisterFilter } from './registerList'
import type { RegisterSummary } from './registerSummary'
import { statusLabel } from './status'

export type RegisterExportRow = Pick<
  RegisterSummary,
  'receiptNo' | 'receivedOn' | 'kind' | 'name' | 'nameKana' | 'requesterType' | 'status' | 'dueOn' | 'notifiedOn'
>

export interface RegisterColumn {
  label: string
  value: (row: RegisterExportRow, fullNames: boolean) => CsvCell
}

export const REGISTER_EXPORT_COLUMNS: readonly RegisterColumn[] = [
  { label: '受付番号', value: (r) => r.receiptNo },
  { label: '受付日', value: (r) => r.receivedOn },
  { label: '種別', value: (r) => kindById(r.kind).label },
  { label: '氏名', value: (r, full) => (full ? r.name : maskName(r.name)) },
  { label: 'フリガナ', value: (r, full) => (full ? r.nameKana : maskName(r.nameKana)) },
  { label: '請求者', value: (r) => labelOf(REQUESTER_TYPES, r.requesterType) },
  { label: '状態', value: (r) => statusLabel(r.status) },
  { label: '目標日', value: (r) => r.dueOn },
  { label: '通知日', value: (r) => r.notifiedOn ?? '' }
]

/** CSV of the shown rows (text; the platform writes it as UTF-8 with a BOM). */
export function registerCsv(rows: readonly RegisterExportRow[], fullNames: boolean): string {
  return toCsv(
    REGISTER_EXPORT_COLUMNS.map((c) => c.label),
    rows.map((row) => REGISTER_EXPORT_COLUMNS.map((c) => c.value(row, fullNames)))
  )
}

export type RegisterExportKind = 'print' | 'pdf' | 'csv'

export const REGISTER_EXPORT_LABELS: Record<RegisterExportKind, string> = {
  print: '印刷',
  pdf: 'PDFに保存',
  csv: 'CSVに保存'
}

/** The trail's words: 「受付簿(絞り込み 12件・氏名は伏せ字)をCSVに保存」. Holds no personal data. */
export function registerExportSummary(kind: RegisterExportKind, rows: number, filtered: boolean, fullNames: boolean) {
  const scope = filtered ? `絞り込み ${rows}件` : `全${rows}件`
  return `受付簿(${scope}・氏名は${fullNames ? '記載' : '伏せ字'})を${REGISTER_EXPORT_LABELS[kind]}`
}

/** The search and filters in words for a printout's head (「検索: やまだ・状態: 受付・受付日 2026-11-01〜」). */
export function registerConditionText(f: Omit<RegisterFilter, 'today'>): string {
  const parts: string[] = []
  if (f.text.trim() !== '') parts.push(`検索: ${f.text.trim()}`)
  if (f.statuses.length > 0) parts.push(`状態: ${f.statuses.map(statusLabel).join('・')}`)
  if (f.kinds.length > 0) parts.push(`種別: ${f.kinds.map((k) => kindById(k).label).join('・')}`)
  const from = f.receivedFrom ?? ''
  const to = f.receivedTo ?? ''
  if (from !== '' || to !== '') parts.push(`受付日 ${from}〜${to}`)
  if (f.overdueOnly) parts.push('期限超過のみ')
  return parts.join('、')
}
