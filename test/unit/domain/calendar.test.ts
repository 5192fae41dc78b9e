import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  dayOf,
  daysBetween,
  formatJapaneseDate,
  formatShortDate,
  isValidIsoDate,
  tokyoDate,
  weekday
} from '../../../src/renderer/src/domain/calendar'

// As if the PC were set to another zone; Node re-reads TZ when process.env.TZ is assigned.
const TIME_ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']
function inTimeZone(tz: string, body: () => void): void {
  const saved = process.env.TZ
  process.env.TZ = tz
  try {
    body()
  } finally {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  }
}

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('tokyoDate', () => {
  it('is the Japan day of an instant, on a PC in any time zone', () => {
    inTimeZone('America/Los_Angeles', () => {
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480) // the zone switch took effect
      expect(tokyoDate(new Date('2026-11-24T14:59:59Z'))).toBe('2026-11-24')
      expect(tokyoDate(new Date('2026-11-24T15:00:00Z'))).toBe('2026-11-25')
    })
    for (const tz of TIME_ZONES) {
      inTimeZone(tz, () => {
        expect(tokyoDate(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01')
        expect(tokyoDate(new Date('2026-12-31T14:59:59.999Z'))).toBe('2026-12-31')
      })
    }
  })
})

describe('dayOf', () => {
  it('reads a stored instant as the day it was in Japan, whatever the PC zone', () => {
    for (const tz of TIME_ZONES)
      inTimeZone(tz, () => {
        expect(dayOf('2026-11-25T14:59:59.999Z')).toBe('2026-11-25')
        expect(dayOf('2026-11-25T15:00:00.000Z')).toBe('2026-11-26')
        expect(dayOf('2026-11-25T00:30:00+09:00')).toBe('2026-11-25')
      })
  })

  it('keeps a plain date as it is', () => {
    expect(dayOf('2026-11-25')).toBe('2026-11-25')
  })
})

describe('isValidIsoDate', () => {
  it('accepts real days, leap days included', () => {
    for (const s of ['2026-11-25', '2028-02-29', '2000-02-29', '2026-12-31']) expect(isValidIsoDate(s), s).toBe(true)
  })

  it('rejects impossible days and other shapes', () => {
    for (const s of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-11-00',
      '2026-1-5',
      '2026/11/25',
      '20261125',
      '',
      '2026-11-25T00:00'
    ]) {
      expect(isValidIsoDate(s), s).toBe(false)
    }
  })
})

describe('addDays and daysBetween', () => {
  it('cross month, year and leap-day ends', () => {
    expect(addDays('2026-11-25', 14)).toBe('2026-12-09')
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(daysBetween('2026-11-25', '2026-12-09')).toBe(14)
    expect(daysBetween('2026-12-09', '2026-11-25')).toBe(-14)
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
  })

  it('are not shifted by daylight saving on the PC', () => {
    for (const tz of TIME_ZONES) {
      inTimeZone(tz, () => {
        expect(addDays('2026-03-07', 2)).toBe('2026-03-09') // US DST starts 2026-03-08
        expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2) // and ends 2026-11-01
      })
    }
  })

  it('agree: from + (to − from) = to, and adding then subtracting returns the start', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: -5000, max: 5000 }), (a, b, n) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b)
        expect(addDays(addDays(a, n), -n)).toBe(a)
        expect(daysBetween(a, addDays(a, n))).toBe(n)
      })
    )
  })

  it('refuse a malformed date instead of guessing', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => daysBetween('2026/11/25', '2026-11-26')).toThrow(RangeError)
  })
})

describe('weekday', () => {
  it('counts from Sunday = 0', () => {
    expect(weekday('2026-11-22')).toBe(0) // 日
    expect(weekday('2026-11-25')).toBe(3) // 水
    expect(weekday('2026-11-28')).toBe(6) // 土
  })

  it('moves by one each day', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(weekday(addDays(d, 1))).toBe((weekday(d) + 1) % 7)
      })
    )
  })
})

describe('formatJapaneseDate', () => {
  it('writes 和暦 with 元年 for the first year of an era', () => {
    expect(formatJapaneseDate('2026-11-25', 'wareki')).toBe('令和8年11月25日')
    expect(formatJapaneseDate('2019-05-01', 'wareki')).toBe('令和元年5月1日')
    expect(formatJapaneseDate('2019-04-30', 'wareki')).toBe('平成31年4月30日')
    expect(formatJapaneseDate('2020-01-01', 'wareki')).toBe('令和2年1月1日')
  })

  it('writes 西暦 without zero padding', () => {
    expect(formatJapaneseDate('2026-11-25', 'seireki')).toBe('2026年11月25日')
    expect(formatJapaneseDate('2027-01-05', 'seireki')).toBe('2027年1月5日')
  })

  it('prints the same day on a PC in any time zone', () => {
    for (const tz of TIME_ZONES) {
      inTimeZone(tz, () => {
        expect(formatJapaneseDate('2019-05-01', 'wareki')).toBe('令和元年5月1日')
        expect(formatJapaneseDate('2027-01-01', 'seireki')).toBe('2027年1月1日')
      })
    }
  })
})

describe('formatShortDate', () => {
  it('uses slashes with zero padding', () => {
    expect(formatShortDate('2026-11-25')).toBe('2026/11/25')
    expect(formatShortDate('2027-01-05')).toBe('2027/01/05')
  })

  it('refuses a malformed date', () => {
    expect(() => formatShortDate('2026-02-30')).toThrow(RangeError)
  })
})
