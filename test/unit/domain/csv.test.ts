import { afterEach, describe, expect, it, vi } from 'vitest'
import { monthlyLogCsv, toCsv } from '../../../src/renderer/src/domain/csv'
import { buildMonthlyLog } from '../../../src/renderer/src/domain/monthlyLog'
import { saveCsv } from '../../../src/renderer/src/platform'
import { RECEPTION, makeRecord } from '../requestFixtures'

describe('toCsv (RFC 4180)', () => {
  it('ends every line with CRLF and leaves plain fields bare', () => {
    expect(
      toCsv(
        ['受付番号', '日数'],
        [
          ['2026-0001', 14],
          ['2026-0002', null]
        ]
      )
    ).toBe('受付番号,日数\r\n2026-0001,14\r\n2026-0002,\r\n')
  })

  it('quotes fields holding a comma, quote, CR or LF, and doubles quotes', () => {
    const csv = toCsv(['a'], [['山田, 太郎'], ['"至急"の件'], ['1行目\n2行目'], ['x\ry']])
    expect(csv).toBe('a\r\n"山田, 太郎"\r\n"""至急""の件"\r\n"1行目\n2行目"\r\n"x\ry"\r\n')
  })

  it('keeps an empty string and an empty row distinguishable from nothing', () => {
    expect(toCsv(['a', 'b'], [['', '']])).toBe('a,b\r\n,\r\n')
    expect(toCsv(['a'], [])).toBe('a\r\n')
  })
})

describe('formula injection', () => {
  it.each(['=1+1', '+81', '-2+3', '@SUM(A1)', '\tx', '\r=1', '＝１＋１', '－5'])(
    'puts an apostrophe before text starting %j',
    (text) => {
      const line = toCsv(['a'], [[text]]).split('\r\n')[1] ?? ''
      const unquoted = line.startsWith('"') ? line.slice(1, -1) : line
      expect(unquoted.startsWith(`'${text.slice(0, 1)}`)).toBe(true)
    }
  )

  it('quotes a guarded field when it also needs quotes, so the apostrophe stays inside the cell', () => {
    expect(toCsv(['a'], [['=HYPERLINK("http://x","y")']])).toBe('a\r\n"\'=HYPERLINK(""http://x"",""y"")"\r\n')
  })

  it('writes negative numbers typed as numbers unchanged, so they stay numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[-3, -0.5, 0]])).toBe('a,b,c\r\n-3,-0.5,0\r\n')
  })

  it('guards the same minus sign when it arrives as text, since text can carry a formula', () => {
    expect(toCsv(['a'], [['-3']])).toBe("a\r\n'-3\r\n")
  })

  it('leaves dates, receipt numbers and dashes inside text alone', () => {
    expect(toCsv(['a', 'b', 'c'], [['2026/11/05', '2026-0001', '—']])).toBe('a,b,c\r\n2026/11/05,2026-0001,—\r\n')
  })

  it('writes no non-finite numbers', () => {
    expect(toCsv(['a', 'b'], [[Number.NaN, Number.POSITIVE_INFINITY]])).toBe('a,b\r\n,\r\n')
  })
})

describe('monthlyLogCsv', () => {
  const staffNames = new Map([
    [RECEPTION.id, RECEPTION.name],
    ['evil', '=cmd|calc']
  ])
  const log = buildMonthlyLog(
    [
      makeRecord({
        id: 'a',
        receiptNo: '2026-0001',
        receivedOn: '2026-11-02',
        dueOn: '2026-11-16',
        statutoryOn: '2026-11-16'
      }),
      makeRecord({
        id: 'b',
        receiptNo: '2026-0002',
        receivedOn: '2026-11-03',
        dueOn: '2026-11-17',
        kind: 'inquiry',
        createdBy: 'evil'
      })
    ],
    '2026-11',
    '2026-11-20',
    { staffNames }
  )
  const csv = monthlyLogCsv(log)

  it('has the printed table columns, then one line per row', () => {
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('受付番号,受付日,種別,請求者区分,本人確認,決定,通知日,日数,担当,期限超過,法定目安')
    expect(lines[1]).toBe('2026-0001,2026/11/02,保有個人データの開示,本人,未了,未決定,,,鈴木 受付,超過4日,超過4日')
    expect(lines[2]).toBe("2026-0002,2026/11/03,相談・問い合わせ,本人,不要,未決定,,,'=cmd|calc,超過3日,")
    expect(lines).toHaveLength(4)
  })

  describe('written through the platform layer', () => {
    afterEach(() => vi.unstubAllGlobals())

    it('goes out as UTF-8 with a BOM and decodes back to the same Japanese', async () => {
      const blobs: Blob[] = []
      const anchor = { href: '', download: '', click: vi.fn() }
      vi.stubGlobal('document', { createElement: () => anchor })
      vi.stubGlobal('URL', {
        createObjectURL: (b: Blob) => {
          blobs.push(b)
          return 'blob:csv'
        },
        revokeObjectURL: vi.fn()
      })

      await saveCsv({ suggestedFileName: '月次処理簿_2026-11.csv', content: csv })

      expect(anchor.download).toBe('月次処理簿_2026-11.csv')
      expect(anchor.click).toHaveBeenCalledOnce()
      const bytes = new Uint8Array(await (blobs[0] ?? new Blob()).arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)).toBe(`\uFEFF${csv}`)
      // Excel strips the BOM the same way a default decoder does.
      expect(new TextDecoder('utf-8').decode(bytes).split('\r\n')[0]).toBe(
        '受付番号,受付日,種別,請求者区分,本人確認,決定,通知日,日数,担当,期限超過,法定目安'
      )
    })
  })
})
