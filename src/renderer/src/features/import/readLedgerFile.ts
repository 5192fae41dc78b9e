// Reads an old ledger file chosen by a manager into a header row and data rows of text cells: CSV in UTF-8 or
// Shift_JIS (what Japanese Excel writes; detected with encoding-japanese), or .xlsx (the first sheet, via exceljs,
// loaded only when an .xlsx is chosen).
import Encoding from 'encoding-japanese'
import Papa from 'papaparse'

export interface LedgerTable {
  headers: string[]
  rows: string[][]
  /** 'Shift_JIS', 'UTF-8' or 'xlsx', shown to the manager. */
  source: string
}

export class LedgerFileError extends Error {}

function table(cells: string[][], source: string): LedgerTable {
  const [headers, ...rows] = cells.filter((r) => r.some((c) => c.trim() !== ''))
  if (!headers || rows.length === 0) {
    throw new LedgerFileError('見出しの行とデータの行が見つかりません。1行目に列の見出しがある台帳を選んでください。')
  }
  return { headers: headers.map((h) => h.trim()), rows, source }
}

export function readCsv(bytes: Uint8Array): LedgerTable {
  const detected = Encoding.detect(bytes)
  const sjis = detected === 'SJIS'
  const text = Encoding.convert(bytes, { to: 'UNICODE', from: sjis ? 'SJIS' : 'UTF8', type: 'string' }).replace(
    /^\uFEFF/u,
    ''
  )
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
  return table(parsed.data, sjis ? 'Shift_JIS' : 'UTF-8')
}

/** An Excel cell as text: dates as YYYY-MM-DD (Excel stores them as UTC midnight), rich text joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown }
    if (v.richText) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return cellText(v.result)
    if (typeof v.text === 'string') return v.text
    return ''
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value === 'string' ? value : ''
}

export async function readXlsx(bytes: Uint8Array): Promise<LedgerTable> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new LedgerFileError('ブックにシートがありません。台帳のシートがあるファイルを選んでください。')
  const cells: string[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = []
    for (let c = 1; c <= sheet.columnCount; c += 1) values.push(cellText(row.getCell(c).value))
    cells.push(values)
  })
  return table(cells, 'xlsx')
}

export async function readLedgerFile(file: File): Promise<LedgerTable> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (/\.xlsx$/iu.test(file.name)) return readXlsx(bytes)
  if (/\.(csv|txt)$/iu.test(file.name)) return readCsv(bytes)
  throw new LedgerFileError(
    'CSV(.csv)か Excel ブック(.xlsx)を選んでください。.xls の場合は Excel で .xlsx か CSV に保存し直してください。'
  )
}
