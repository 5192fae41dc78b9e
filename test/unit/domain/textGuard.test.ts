import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cleanText, guardStrings, guardText } from '../../../src/renderer/src/domain/textGuard'
import { MY_NUMBER_MESSAGE } from '../../../src/renderer/src/domain/sensitiveNumbers'

const DIGITS = '0123456789'
const WIDE = '０１２３４５６７８９'
const digit = fc.integer({ min: 0, max: 9 })
/** A digit as half-width or as an IME types it (全角). */
const spelledDigit = fc.tuple(digit, fc.boolean()).map(([d, wide]) => (wide ? WIDE[d] : DIGITS[d]) ?? '0')
const separator = fc.constantFrom(' ', '-', '・', '･', '.', '/', '\n', '\r\n', '　', '－', 'ー', '‐', '／', '．', ' - ')
const letters = fc.string({ unit: fc.constantFrom('N', 'o', 'x', 'A', 'あ', '様', ':', '番号'), maxLength: 4 })

describe('guardText refuses what looks like a 個人番号, however it is spelled', () => {
  it('12 digits, any grouping, any separators, full- or half-width, letters glued on either side', () => {
    fc.assert(
      fc.property(
        fc.array(spelledDigit, { minLength: 12, maxLength: 12 }),
        fc.array(fc.option(separator, { nil: undefined }), { minLength: 11, maxLength: 11 }),
        letters,
        letters,
        (digits, seps, before, after) => {
          const text = before + digits.map((d, i) => d + (i < 11 ? (seps[i] ?? '') : '')).join('') + after
          expect(guardText(text)).toEqual({ ok: false, message: MY_NUMBER_MESSAGE })
        }
      ),
      { numRuns: 500 }
    )
  })

  it('also when zero-width or bidi characters are slipped between the digits', () => {
    fc.assert(
      fc.property(fc.constantFrom('\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\u0000'), (hidden) => {
        expect(guardText(`1234${hidden}5678${hidden}9012`).ok).toBe(false)
      })
    )
  })
})

describe('guardText never refuses the numbers staff must record', () => {
  const n = (len: number) => fc.array(digit, { minLength: len, maxLength: len }).map((a) => a.join(''))
  const phone = fc.oneof(
    fc.tuple(n(1), n(4), n(4)).map(([a, b, c]) => `0${a}-${b}-${c}`),
    fc.tuple(n(2), n(4), n(4)).map(([a, b, c]) => `0${a}-${b}-${c}`),
    fc.tuple(n(3), n(3)).map(([a, b]) => `0120-${a}-${b}`),
    fc.tuple(n(2), n(4), n(4)).map(([a, b, c]) => `+81 ${a}-${b}-${c}`),
    fc.tuple(n(2), n(4), n(4)).map(([a, b, c]) => `(0${a})${b}-${c}`)
  )
  const receiptNo = fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 99999 }))
    .map(([y, s]) => `${y}-${String(s).padStart(4, '0')}`)
  const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).chain((d) => {
    const iso = d.toISOString().slice(0, 10)
    return fc.constantFrom(iso, iso.replaceAll('-', '/'), iso.replaceAll('-', '.'))
  })
  const postal = n(7).map((d) => `〒${d.slice(0, 3)}-${d.slice(3)}`)
  const anyOne = fc.oneof(phone, receiptNo, date, postal)

  it('phone numbers, 受付番号, dates and 〒, alone or together in a note', () => {
    fc.assert(
      fc.property(
        fc.array(anyOne, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('、', '。', ' に ', '\n'),
        (items, glue) => {
          const text = items.join(glue)
          expect(guardText(text)).toEqual({ ok: true, value: text })
        }
      ),
      { numRuns: 1000 }
    )
  })
})

describe('invisible characters are removed so the name shown is the name stored', () => {
  it.each([
    ['NUL', '山田\u0000太郎'],
    ['a control character', '山田\u0007太郎'],
    ['a zero-width space', '山田\u200b太郎'],
    ['the RTL override', '山田\u202e太郎'],
    ['a bidi isolate', '\u2067山田太郎\u2069'.replace('太郎', '') + '太郎'],
    ['a byte-order mark', '\ufeff山田太郎']
  ])('%s', (_, text) => {
    expect(guardText(text)).toMatchObject({ ok: true, value: expect.stringMatching(/^山田太郎$/) as unknown })
  })

  it('keeps line breaks and tabs staff typed, with Windows line ends made \\n', () => {
    expect(cleanText('一行目\r\n二行目\t続き')).toBe('一行目\n二行目\t続き')
  })

  it('any text with invisible characters inserted cleans back to the text without them', () => {
    const visible = fc.string({ unit: fc.constantFrom('山', '田', 'a', '1', ' ', 'ー', '、'), maxLength: 20 })
    const hidden = fc.constantFrom(
      '\u200b',
      '\u200c',
      '\u202e',
      '\u202a',
      '\u2066',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085'
    )
    fc.assert(
      fc.property(visible, fc.array(fc.tuple(fc.nat(), hidden), { maxLength: 5 }), (text, inserts) => {
        let dirty = text
        for (const [at, ch] of inserts) {
          const i = at % (dirty.length + 1)
          dirty = dirty.slice(0, i) + ch + dirty.slice(i)
        }
        expect(cleanText(dirty)).toBe(text)
      })
    )
  })
})

describe('guardStrings walks a whole record', () => {
  it('cleans nested strings and leaves numbers and nulls alone', () => {
    const g = guardStrings({ person: { name: '山田\u202e太郎', fee: 300 }, list: ['a\u200bb'], none: null })
    expect(g).toEqual({ ok: true, value: { person: { name: '山田太郎', fee: 300 }, list: ['ab'], none: null } })
  })

  it('refuses when any nested string holds a forbidden number', () => {
    expect(guardStrings({ requester: { relation: '長男' }, notes: ['ok', '1234・5678・9012'] })).toMatchObject({
      ok: false
    })
  })
})
