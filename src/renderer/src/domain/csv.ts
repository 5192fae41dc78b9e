// CSV text (RFC 4180) that Excel on Japanese Windows opens intact. The platform layer writes it as UTF-8
// with a BOM; here: quoting, CRLF line ends, and no cell that a spreadsheet would run as a formula.
import { MONTHLY_LOG_COLUMNS } from './monthlyLogColumns'
import type { MonthlyLog } from './monthlyLog'

export type CsvCell = string | number | null

// A text cell starting with one of these is run as a formula by spreadsheets (CSV injection, OWASP).
// OWASP's list adds tab and CR; the full-width forms cost nothing to catch as well.
// Numbers are written as numbers: -3 is a value, not a formula, and must stay -3 for sums.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u
const NEEDS_QUOTES = /[",\r\n]/u

function field(value: CsvCell): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((cells) => cells.map(field).join(',') + '\r\n').join('')
}

/** The log's rows in the printed table's columns. */
export function monthlyLogCsv(log: Pick<MonthlyLog, 'rows'>): string {
  return toCsv(
    MONTHLY_LOG_COLUMNS.map((c) => c.label),
    log.rows.map((row) => MONTHLY_LOG_COLUMNS.map((c) => c.value(row)))
  )
}
