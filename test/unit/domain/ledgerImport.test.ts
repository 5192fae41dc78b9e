import { describe, expect, it } from 'vitest'
import { guessMapping, mappingByHeading } from '../../../src/renderer/src/domain/import/ledgerFields'
import { ledgerDate, parseLedgerRow } from '../../../src/renderer/src/domain/import/ledgerRow'

const HEADERS = ['No.', '受付日', '種別', '氏名', 'ふりがな', '生年月日', '開示方法', '対象', '状態', '通知日', '備考']
const TODAY = '2026-11-25'

function row(overrides: Partial<Record<(typeof HEADERS)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    'No.': 'R7-015',
    受付日: '2025/4/3',
    種別: '保有個人データの開示',
    氏名: '山田 太郎',
    ふりがな: 'やまだ たろう',
    生年月日: '1980/4/1',
    開示方法: '書面の交付',
    対象: 'カルテ(診療録)、予約履歴',
    状態: '完了',
    通知日: '2025/4/10',
    備考: '',
    ...overrides
  }
  return HEADERS.map((h) => base[h] ?? '')
}

describe('guessMapping', () => {
  it('maps the headings Japanese ledgers use, each column once', () => {
    const m = guessMapping(HEADERS)
    expect(m.legacyReceiptNo).toBe(0)
    expect(m.receivedOn).toBe(1)
    expect(m.kind).toBe(2)
    expect(m.nameKana).toBe(4)
    expect(m.disclosureMethod).toBe(6)
    expect(m.notifiedOn).toBe(9)
    expect(m.phone).toBeNull()
  })

  it('prefers the remembered heading, so a mapping staff corrected is used again', () => {
    const headers = ['受付日', '請求日', '種別', '氏名', 'カナ', '生年月日']
    const remembered = mappingByHeading({ ...guessMapping(headers), receivedOn: 1 }, headers)
    expect(guessMapping(headers, remembered).receivedOn).toBe(1)
  })
})

describe('parseLedgerRow', () => {
  const mapping = guessMapping(HEADERS)

  it('reads a closed past request with its ledger number, kinds and dates in Excel’s formats', () => {
    const r = parseLedgerRow(row(), mapping, TODAY)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.record.legacyReceiptNo).toBe('R7-015')
    expect(r.record.intake.receivedOn).toBe('2025-04-03')
    expect(r.record.intake.kind).toBe('disclosure')
    expect(r.record.intake.dataCategories).toEqual(['medicalRecord', 'appointments'])
    expect(r.record.end).toEqual({ status: 'closed', notifiedOn: '2025-04-10', closedOn: '2025-04-10' })
  })

  it('says in Japanese what is wrong with each field of a bad row', () => {
    const r = parseLedgerRow(row({ 受付日: '4月3日', 種別: '何か', ふりがな: 'Yamada', 通知日: '' }), mapping, TODAY)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toContain('受付日を選ぶか、2026-11-25 のように入力してください')
    expect(r.errors.some((e) => e.startsWith('請求の種類「何か」が分かりません'))).toBe(true)
    expect(r.errors).toContain('フリガナはカタカナまたはひらがなで入力してください')
    expect(r.errors).toContain('完了した行には通知日か完了日を入力してください')
  })

  it('refuses a My Number in any text, as the counter form does', () => {
    const r = parseLedgerRow(row({ 備考: '個人番号 1234 5678 9018' }), mapping, TODAY)
    expect(r.ok).toBe(false)
  })

  it('checks every row against the day it is checked on, also when the day changes between two files', () => {
    const open = { 状態: '対応中', 通知日: '' }
    const received = (day: string) => parseLedgerRow(row({ ...open, 受付日: '2026/11/26' }), mapping, day)
    expect(received(TODAY).ok).toBe(false)
    expect(received('2026-11-26').ok).toBe(true)
    expect(received(TODAY).ok).toBe(false)
  })

  it('keeps an open request open, and a withdrawn one with its date', () => {
    const open = parseLedgerRow(row({ 状態: '対応中', 通知日: '' }), mapping, TODAY)
    expect(open.ok && open.record.end).toBeNull()
    const withdrawn = parseLedgerRow(row({ 状態: '取下げ', 通知日: '2025/4/5' }), mapping, TODAY)
    expect(withdrawn.ok && withdrawn.record.end).toEqual({ status: 'withdrawn', closedOn: '2025-04-05' })
  })

  it('turns Excel date spellings into ISO dates', () => {
    expect(ledgerDate('2025/4/3')).toBe('2025-04-03')
    expect(ledgerDate('2025年4月3日')).toBe('2025-04-03')
    expect(ledgerDate('２０２５－０４－０３')).toBe('2025-04-03')
  })
})
