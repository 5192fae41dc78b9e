import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { describeDate, parseTypedDate } from '../../../src/renderer/src/domain/input/wareki'
import { formatJapaneseDate } from '../../../src/renderer/src/domain/calendar'

const iso = (s: string) => parseTypedDate(s)

describe('parseTypedDate', () => {
  it.each([
    ['S30.5.10', '1955-05-10'],
    ['s30/5/10', '1955-05-10'],
    ['昭和30年5月10日', '1955-05-10'],
    ['昭和３０年５月１０日', '1955-05-10'],
    ['H1.1.8', '1989-01-08'],
    ['平成元年1月8日', '1989-01-08'],
    ['R1.5.1', '2019-05-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['T15.12.24', '1926-12-24'],
    ['1955-05-10', '1955-05-10'],
    ['1955/5/10', '1955-05-10'],
    ['１９５５年５月１０日', '1955-05-10'],
    ['19550510', '1955-05-10']
  ])('reads %s as %s', (typed, expected) => {
    expect(iso(typed)).toEqual({ ok: true, iso: expected })
  })

  it.each([
    ['H1.1.7', 'の期間にありません'],
    ['R1.4.30', 'の期間にありません'],
    ['S30.2.30', 'という日付はありません'],
    ['1955-13-01', 'という日付はありません'],
    ['きのう', 'S30.5.10']
  ])('refuses %s with a message staff can act on', (typed, part) => {
    const r = iso(typed)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain(part)
      expect(r.message).not.toContain('YYYY')
    }
  })

  it('reads back the 和暦 it shows for any date from 1927 to 2030', () => {
    const day = fc.integer({ min: Date.UTC(1927, 0, 1), max: Date.UTC(2030, 11, 31) })
    fc.assert(
      fc.property(day, (ms) => {
        const d = new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10)
        const shown = formatJapaneseDate(d, 'wareki')
        const back = parseTypedDate(shown)
        return back.ok && back.iso === d
      })
    )
  })
})

describe('describeDate', () => {
  it('shows what was understood as 和暦 with the 西暦 in brackets', () => {
    expect(describeDate('1955-05-10')).toBe('昭和30年5月10日(1955-05-10)')
    expect(describeDate('2019-05-01')).toBe('令和元年5月1日(2019-05-01)')
  })
})
