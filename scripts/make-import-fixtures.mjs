// Builds the small ledger files the import tests read (test/fixtures/import/): the same rows as Japanese Excel
// saves them — CSV in Shift_JIS and in UTF-8 (with BOM), and an .xlsx with real date cells.
// Run: node scripts/make-import-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import Encoding from 'encoding-japanese'
import ExcelJS from 'exceljs'

const DIR = 'test/fixtures/import'
const HEADERS = ['No.', '受付日', '種別', '氏名', 'フリガナ', '生年月日', '開示方法', '対象', '状態', '通知日', '備考']
export const ROWS = [
  [
    'R6-001',
    '2024/12/02',
    '保有個人データの開示',
    '山田 太郎',
    'ヤマダ タロウ',
    '1980/4/1',
    '書面の交付',
    'カルテ(診療録)',
    '完了',
    '2024/12/10',
    ''
  ],
  [
    'R6-002',
    '2024/12/20',
    '訂正・追加・削除',
    '佐藤 花子',
    'さとう はなこ',
    '1975/11/3',
    '',
    '予約履歴',
    '完了',
    '2025/1/8',
    '住所の訂正'
  ],
  ['R7-001', '2025/1/15', '苦情', '鈴木 一郎', 'スズキ イチロウ', '1990/2/28', '', '', '取下げ', '2025/1/20', ''],
  [
    'R7-002',
    '2025/2/3',
    '開示',
    '高橋 美咲',
    'タカハシ ミサキ',
    '2001/7/7',
    '電磁的記録の提供',
    '予約履歴、問い合わせ履歴',
    '対応中',
    '',
    ''
  ],
  ['R7-003', '2月5日', '何かの請求', '田中 健', 'Tanaka', '1985/5/5', '', '', '完了', '', '']
]

const csv =
  [HEADERS, ...ROWS]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n') + '\r\n'

mkdirSync(DIR, { recursive: true })
writeFileSync(`${DIR}/ledger-utf8.csv`, '\uFEFF' + csv)
const sjis = Encoding.convert(Encoding.stringToCode(csv), { to: 'SJIS', from: 'UNICODE' })
writeFileSync(`${DIR}/ledger-sjis.csv`, Uint8Array.from(sjis))

const wb = new ExcelJS.Workbook()
const ws = wb.addWorksheet('受付簿')
ws.addRow(HEADERS)
const asDate = (s) => {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s)
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : s
}
for (const r of ROWS) ws.addRow(r.map((c, i) => ([1, 5, 9].includes(i) ? asDate(c) : c)))
await wb.xlsx.writeFile(`${DIR}/ledger.xlsx`)
console.log(`wrote ${DIR}/ledger-utf8.csv, ledger-sjis.csv, ledger.xlsx (${ROWS.length} rows)`)
