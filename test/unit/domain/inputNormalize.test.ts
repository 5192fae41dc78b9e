import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  isPhoneNumber,
  isPostalCode,
  normalizeKana,
  normalizePatientNo,
  normalizePhone,
  normalizePostalCode,
  parseFee,
  toHalfWidth
} from '../../../src/renderer/src/domain/input/normalize'

const FULL_DIGITS = '０１２３４５６７８９'
const toFull = (digits: string) => digits.replace(/\d/g, (d) => FULL_DIGITS[Number(d)] ?? d)
const digitString = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''))
const imeDash = fc.constantFrom('-', 'ー', '－', '‐', '−', 'ｰ', '―')

describe('toHalfWidth', () => {
  it('turns any full-width digit string into the same half-width digits', () => {
    fc.assert(fc.property(digitString(1, 20), (d) => toHalfWidth(toFull(d)) === d))
  })
  it('folds every dash an IME types to a hyphen', () => {
    fc.assert(fc.property(imeDash, (dash) => toHalfWidth(`03${dash}1234`) === '03-1234'))
  })
})

describe('normalizePostalCode', () => {
  it('stores any seven digits as 123-4567 however they were typed', () => {
    fc.assert(
      fc.property(digitString(7, 7), fc.boolean(), imeDash, fc.boolean(), (d, full, dash, withDash) => {
        const typed = `${d.slice(0, 3)}${withDash ? dash : ''}${d.slice(3)}`
        const out = normalizePostalCode(full ? toFull(typed) : typed)
        return out === `${d.slice(0, 3)}-${d.slice(3)}` && isPostalCode(out)
      })
    )
  })
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizePostalCode(normalizePostalCode(s)) === normalizePostalCode(s)))
  })
  it('accepts a leading 〒 and leaves a wrong length for the validator to refuse', () => {
    expect(normalizePostalCode('〒１０５ー０００１')).toBe('105-0001')
    expect(isPostalCode(normalizePostalCode('105001'))).toBe(false)
  })
})

describe('phone numbers by digit count', () => {
  it('accepts 10-digit fixed lines and 11-digit mobile/IP numbers typed full-width with IME dashes', () => {
    expect(isPhoneNumber(normalizePhone('０３ー１２３４ー５６７８'))).toBe(true)
    expect(isPhoneNumber(normalizePhone('090-1234-5678'))).toBe(true)
    expect(isPhoneNumber(normalizePhone('050-1234-5678'))).toBe(true)
    expect(isPhoneNumber(normalizePhone('0120-123-456'))).toBe(true)
    expect(isPhoneNumber(normalizePhone('0800-123-4567'))).toBe(true)
    expect(isPhoneNumber(normalizePhone('(03)1234-5678'))).toBe(true)
  })
  it('refuses a 9-digit number, a mobile number missing a digit and a fixed line with one too many', () => {
    expect(isPhoneNumber('03-123-4567')).toBe(false)
    expect(isPhoneNumber('090-1234-567')).toBe(false)
    expect(isPhoneNumber('03-1234-56789')).toBe(false)
  })
  it('never accepts a number of a length other than 10 or 11 digits', () => {
    fc.assert(
      fc.property(digitString(1, 16), (d) => {
        const ok = isPhoneNumber(normalizePhone(toFull(d)))
        return !ok || d.length === 10 || d.length === 11
      })
    )
  })
})

describe('normalizePatientNo and parseFee', () => {
  it('turns a full-width patient number with IME dashes into half-width', () => {
    expect(normalizePatientNo('Ａ１２ー３４')).toBe('A12-34')
  })
  it('reads any fee typed full-width, with commas or 円, as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (n) => {
        const typed = `${toFull(n.toLocaleString('en-US')).replace(/,/g, '，')}円`
        return parseFee(typed) === n && parseFee(String(n)) === n
      })
    )
  })
  it('reads an empty fee as none and words as not a number', () => {
    expect(parseFee('')).toBeNull()
    expect(parseFee('  ')).toBeNull()
    expect(parseFee('千円')).toBeNaN()
  })
})

describe('normalizeKana', () => {
  it('stores hiragana, half-width katakana and full-width spaces as katakana with one space', () => {
    expect(normalizeKana('やまだ　たろう')).toBe('ヤマダ タロウ')
    expect(normalizeKana('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ヤマダ タロウ')
    expect(normalizeKana('いすゞ')).toBe('イスヾ')
  })
  it('leaves no hiragana in any kana string', () => {
    const hira = fc
      .array(fc.integer({ min: 0x3041, max: 0x3094 }), { minLength: 1, maxLength: 12 })
      .map((cs) => String.fromCodePoint(...cs))
    fc.assert(fc.property(hira, (s) => !/[\u3041-\u3096]/u.test(normalizeKana(s))))
  })
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeKana(normalizeKana(s)) === normalizeKana(s)))
  })
})
