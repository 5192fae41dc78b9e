import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  findForbiddenNumber,
  INSURANCE_MESSAGE,
  MY_NUMBER_MESSAGE
} from '../../../src/renderer/src/domain/sensitiveNumbers'

const kindOf = (text: string) => findForbiddenNumber(text)?.kind ?? null

describe('findForbiddenNumber: 個人番号', () => {
  it.each([
    '123456789012',
    '1234 5678 9012',
    '1234-5678-9012',
    '１２３４５６７８９０１２',
    '１２３４　５６７８　９０１２',
    '1234ー5678ー9012',
    'マイナンバーカード 1234 5678 9012 を確認',
    '番号:123456789012。',
    'taro123456789012@example.com',
    'No123456789012'
  ])('rejects %s with the My Number message', (text) => {
    expect(findForbiddenNumber(text)).toEqual({ kind: 'myNumber', message: MY_NUMBER_MESSAGE })
  })

  it('tells staff what to do, in Japanese', () => {
    expect(MY_NUMBER_MESSAGE).toContain('削除してください')
  })

  it.each([
    ['a phone number', '03-6450-1471'],
    ['a mobile number', '090-1234-5678'],
    ['a postal code', '〒105-0001'],
    ['a date', '2026-11-25'],
    ['a 受付番号', '受付番号 2026-0001'],
    ['a 10-digit number', '1234567890'],
    ['an 11-digit number', '12345678901'],
    ['a 13-digit number', '1234567890123'],
    ['a 13-digit number in groups', '1234-5678-9012-3'],
    ['a card-like 16-digit number', '1234 5678 9012 3456'],
    ['an address with 番地', '東京都港区虎ノ門4丁目3番10号 3階'],
    ['a phone and a date in one note', '03-6450-1471に電話、2026-11-25来院予定'],
    ['the clinic window line', '電話 03-6450-1471(平日10:00〜18:00)']
  ])('allows %s', (_what, text) => {
    expect(findForbiddenNumber(text)).toBeNull()
  })

  it('flags any 12 digits in 4-4-4 groups, and never a run of 13 or more', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: n, maxLength: n })
    fc.assert(
      fc.property(
        digits(12),
        fc.constantFrom('', ' ', '-'),
        fc.string({ unit: fc.constantFrom('あ', '。', ' ', ':', 'No.') }),
        (d, sep, before) => {
          const text = `${before}${d.slice(0, 4)}${sep}${d.slice(4, 8)}${sep}${d.slice(8)}`
          expect(kindOf(text)).toBe('myNumber')
        }
      )
    )
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 30 }).chain(digits), (d) => {
        expect(kindOf(d)).not.toBe('myNumber')
      })
    )
  })
})

describe('findForbiddenNumber: 保険証の記号・番号', () => {
  it.each([
    '保険証 記号 12 番号 345',
    '保険証の記号・番号: 1234・56',
    '被保険者番号 12345678',
    '保険者番号12345678',
    '被保険者証 番号:0012',
    '保険証で確認(番号 98765)',
    '記号:ｱｲ 12',
    '記号 ４５６'
  ])('rejects %s with the insurance message', (text) => {
    expect(findForbiddenNumber(text)).toEqual({ kind: 'insurance', message: INSURANCE_MESSAGE })
  })

  it('tells staff to record the document type only', () => {
    expect(INSURANCE_MESSAGE).toContain('書類の種類のみを記録してください')
  })

  it.each([
    ['a document type without numbers', '健康保険証(顔写真なし)と年金手帳を確認'],
    ['a note that the number was not taken', '保険証を確認。記号・番号は控えていない。'],
    ['a 受付番号 beside 保険', '保険証で確認済み。受付番号 2026-0001'],
    ['a 診察券番号 beside 保険', '保険証と診察券を確認、診察券番号 12345'],
    ['a phone number beside 保険', '保険証を確認、電話番号 090-1234-5678'],
    ['番号 with digits far away', '保険証を確認したが番号は控えなかった。11月25日来院'],
    ['番号 with digits but no insurance', '番号 123 の書類']
  ])('allows %s', (_what, text) => {
    expect(findForbiddenNumber(text)).toBeNull()
  })

  it('reports a My Number first when both appear', () => {
    expect(kindOf('被保険者番号 123 と 1234-5678-9012')).toBe('myNumber')
  })
})
