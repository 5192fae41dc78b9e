import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { isKatakanaReading, searchKeysFor, toSearchKey } from '../../../src/renderer/src/domain/kana'

describe('toSearchKey', () => {
  it('gives one key for hiragana, katakana, half-width kana and spacing variants of a name', () => {
    for (const typed of [
      'やまだ たろう',
      'ヤマダ　タロウ',
      'ﾔﾏﾀﾞ ﾀﾛｳ',
      'ヤマダタロウ',
      'やまだ・たろう',
      ' ヤマダ タロウ '
    ]) {
      expect(toSearchKey(typed)).toBe('ヤマダタロウ')
    }
  })

  it('keeps latin letters latin (no romaji → kana) and lowercases them, full-width included', () => {
    expect(toSearchKey('Taro YAMADA')).toBe('taroyamada')
    expect(toSearchKey('Ｔａｒｏ')).toBe('taro')
    expect(toSearchKey('ka')).toBe('ka')
  })

  it('turns full-width digits into ASCII and keeps 受付番号 hyphens', () => {
    expect(toSearchKey('２０２６－０００１')).toBe('2026-0001')
  })

  it('leaves kanji as they are', () => {
    expect(toSearchKey('山田 太郎')).toBe('山田太郎')
  })

  it('folds small kana, ゔ, ー and iteration marks to katakana', () => {
    expect(toSearchKey('ゔぁいおりん')).toBe('ヴァイオリン')
    expect(toSearchKey('らーめん')).toBe('ラーメン')
    expect(toSearchKey('いすゞ')).toBe('イスヾ')
  })

  it('is idempotent and never contains whitespace or ・', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const key = toSearchKey(s)
        expect(toSearchKey(key)).toBe(key)
        expect(key).not.toMatch(/[\s・]/u)
      })
    )
  })

  it('makes any hiragana string equal to its katakana form', () => {
    const hiragana = fc.string({ unit: fc.integer({ min: 0x3041, max: 0x3094 }).map((c) => String.fromCodePoint(c)) })
    fc.assert(
      fc.property(hiragana, (s) => {
        const katakana = Array.from(s, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0x60)).join('')
        expect(toSearchKey(s)).toBe(toSearchKey(katakana))
      })
    )
  })
})

describe('searchKeysFor', () => {
  const person = { name: '山田 太郎', nameKana: 'やまだ たろう', extra: ['2026-0001'] }

  it('finds a person by whole reading, whole name, each part, and the 受付番号', () => {
    const keys = searchKeysFor(person)
    expect(new Set(keys)).toEqual(
      new Set(['ヤマダタロウ', 'ヤマダ', 'タロウ', '山田太郎', '山田', '太郎', '2026-0001'])
    )
  })

  it('lets the given name alone be found by prefix', () => {
    const keys = searchKeysFor(person)
    expect(keys.some((k) => k.startsWith(toSearchKey('たろ')))).toBe(true)
    expect(keys.some((k) => k.startsWith(toSearchKey('太')))).toBe(true)
  })

  it('has no duplicates and no empty keys', () => {
    const keys = searchKeysFor({ name: 'ヤマダ　ハナコ', nameKana: 'ヤマダ ハナコ', extra: ['', '  '] })
    expect(keys).toEqual([...new Set(keys)])
    expect(keys).not.toContain('')
    expect(new Set(keys)).toEqual(new Set(['ヤマダハナコ', 'ヤマダ', 'ハナコ']))
  })

  it('splits foreign names written with ・', () => {
    expect(searchKeysFor({ name: 'John Smith', nameKana: 'ジョン・スミス' })).toEqual(
      expect.arrayContaining(['ジョンスミス', 'ジョン', 'スミス', 'johnsmith', 'john', 'smith'])
    )
  })

  it('always includes the key of the whole name and of the whole reading', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, nameKana) => {
        const keys = searchKeysFor({ name, nameKana })
        for (const whole of [toSearchKey(name), toSearchKey(nameKana)]) {
          if (whole !== '') expect(keys).toContain(whole)
        }
        expect(keys).not.toContain('')
      })
    )
  })
})

describe('isKatakanaReading', () => {
  it('accepts katakana, hiragana, half-width kana, ー, ・ and spaces', () => {
    for (const s of ['ヤマダ タロウ', 'やまだ　たろう', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'ラーメン', 'ジョン・スミス', 'ヴァン']) {
      expect(isKatakanaReading(s), s).toBe(true)
    }
  })

  it('rejects kanji, latin, digits, blanks and a lone ー', () => {
    for (const s of ['山田', 'Yamada', 'ヤマダ1', 'yamada', '', '   ', 'ー', 'ヤマダ。']) {
      expect(isKatakanaReading(s), s).toBe(false)
    }
  })
})
