import { describe, expect, it } from 'vitest'
import {
  registerConditionText,
  registerCsv,
  registerExportSummary
} from '../../../src/renderer/src/domain/registerExport'
import { summarize } from '../../../src/renderer/src/domain/registerSummary'
import { makeRecord } from '../requestFixtures'

const r = summarize(
  makeRecord({
    receiptNo: '2026-0001',
    receivedOn: '2026-11-02',
    person: { ...makeRecord().person, name: '=山田 太郎', nameKana: 'ヤマダ タロウ' }
  })
)

describe('the register as CSV', () => {
  it('writes the shown rows with CRLF, guarding a cell that starts like a formula', () => {
    const csv = registerCsv([r], true)
    const [head, line, end] = csv.split('\r\n')
    expect(head).toBe('受付番号,受付日,種別,氏名,フリガナ,請求者,状態,目標日,通知日')
    expect(line).toContain('2026-0001,2026-11-02,')
    expect(line).toContain("'=山田 太郎")
    expect(end).toBe('')
  })

  it('masks names and readings unless they may go out in full', () => {
    const line = registerCsv([r], false).split('\r\n')[1] ?? ''
    expect(line).not.toContain('太郎')
    expect(line).not.toContain('タロウ')
    expect(line).toContain('○○')
  })

  it('says in the trail what went out without naming anyone', () => {
    expect(registerExportSummary('csv', 12, true, false)).toBe('受付簿(絞り込み 12件・氏名は伏せ字)をCSVに保存')
    expect(registerExportSummary('print', 3, false, true)).toBe('受付簿(全3件・氏名は記載)を印刷')
  })

  it('puts the search and filters into words for the printout', () => {
    expect(
      registerConditionText({
        text: 'やまだ',
        statuses: ['received'],
        kinds: [],
        overdueOnly: true,
        receivedFrom: '2026-11-01',
        receivedTo: ''
      })
    ).toBe('検索: やまだ、状態: 受付、受付日 2026-11-01〜、期限超過のみ')
  })
})
