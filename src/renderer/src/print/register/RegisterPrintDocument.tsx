// The register list as printed or saved as PDF: the rows shown on screen, in their order, on A4 landscape with
// page numbers (registerPrint.css). Mounted only while printing, so the screen never draws 100,000 table rows.
import { formatJapaneseDate } from '../../domain/calendar'
import { REGISTER_EXPORT_COLUMNS, type RegisterExportRow } from '../../domain/registerExport'
import type { Settings } from '../../domain/settings'
import './registerPrint.css'

export interface RegisterPrintProps {
  rows: readonly RegisterExportRow[]
  fullNames: boolean
  /** The search and filters in words (「状態: 受付・受付日 2026-11-01〜」), or empty for the whole register. */
  condition: string
  settings: Pick<Settings, 'dateStyle' | 'letterhead'>
  today: string
  preparedBy: string
}

export function RegisterPrintDocument({ rows, fullNames, condition, settings, today, preparedBy }: RegisterPrintProps) {
  const { letterhead, dateStyle } = settings
  const clinic = [letterhead.corporationName, letterhead.clinicName].filter((s) => s !== '').join(' ')
  return (
    <article className="rp-doc" aria-label="受付簿(印刷用)">
      <header className="rp-head">
        <h2>開示等請求 受付簿</h2>
        <p className="rp-clinic">{clinic}</p>
        <p className="rp-meta">
          <span>{condition === '' ? 'すべての請求' : `条件: ${condition}`}</span>
          <span>{rows.length.toLocaleString('ja-JP')}件</span>
          <span>作成日 {formatJapaneseDate(today, dateStyle)}</span>
          <span>作成者 {preparedBy}</span>
          {!fullNames && <span>氏名は伏せ字</span>}
        </p>
      </header>
      <table className="rp-table">
        <thead>
          <tr>
            {REGISTER_EXPORT_COLUMNS.map((c) => (
              <th scope="col" key={c.label}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.receiptNo}>
              {REGISTER_EXPORT_COLUMNS.map((c) => (
                <td key={c.label}>{c.value(r, fullNames)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}
