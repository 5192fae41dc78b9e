import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { addDays, daysBetween } from '../../../src/renderer/src/domain/calendar'
import {
  DEFAULT_DEADLINE_RULE,
  daysLeft,
  dueDate,
  isBusinessDay,
  isPublicHoliday,
  statutoryMark,
  yearEndClosedDates,
  type DeadlineRule
} from '../../../src/renderer/src/domain/deadline'

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

const business = (days: number, extra: Partial<DeadlineRule> = {}): DeadlineRule => ({
  days,
  mode: 'business',
  closedWeekdays: [0, 6],
  closedDates: [],
  ...extra
})

describe('public holidays and business days', () => {
  it('knows Golden Week 2026 (with the 振替休日 on 5/6) and 元日 2027, on a PC in any time zone', () => {
    for (const tz of TIME_ZONES) {
      inTimeZone(tz, () => {
        for (const d of ['2026-04-29', '2026-05-04', '2026-05-05', '2026-05-06', '2027-01-01', '2027-01-11']) {
          expect(isPublicHoliday(d), `${d} in ${tz}`).toBe(true)
        }
        for (const d of ['2026-04-30', '2026-05-07', '2026-12-31', '2027-01-04']) {
          expect(isPublicHoliday(d), `${d} in ${tz}`).toBe(false)
        }
      })
    }
  })

  it('closes holidays, closed weekdays and closed dates', () => {
    const rule = business(1, { closedWeekdays: [0, 3], closedDates: ['2026-11-27'] })
    expect(isBusinessDay('2026-11-23', rule)).toBe(false) // 勤労感謝の日 (月)
    expect(isBusinessDay('2026-11-24', rule)).toBe(true) // 火
    expect(isBusinessDay('2026-11-25', rule)).toBe(false) // 水: closed weekday
    expect(isBusinessDay('2026-11-27', rule)).toBe(false) // 金: closed date
    expect(isBusinessDay('2026-11-28', rule)).toBe(true) // 土: open at this clinic
    expect(isBusinessDay('2026-11-29', rule)).toBe(false) // 日
  })

  it('refuses a malformed date', () => {
    expect(() => isPublicHoliday('2026-5-4')).toThrow(RangeError)
  })
})

describe('dueDate in business days', () => {
  it('skips Golden Week 2026, 振替休日 included', () => {
    // 4/29 祝, 5/2–5/6 土日祝, so the 5 business days are 4/30, 5/1, 5/7, 5/8, 5/11.
    expect(dueDate('2026-04-28', business(5))).toBe('2026-05-11')
  })

  it('skips Golden Week 2027', () => {
    expect(dueDate('2027-04-28', business(3))).toBe('2027-05-07')
    expect(dueDate('2027-04-26', business(14))).toBe('2027-05-20')
  })

  it('skips the year end only when the clinic lists it, and 成人の日 after it', () => {
    const yearEnd = business(5, { closedDates: yearEndClosedDates(2026) })
    expect(dueDate('2026-12-25', yearEnd)).toBe('2027-01-07')
    expect(dueDate('2026-12-25', business(5))).toBe('2027-01-04') // 12/29–31 are working days by default
    expect(dueDate('2026-12-25', { ...yearEnd, days: 10 })).toBe('2027-01-15') // 1/11 成人の日
  })

  it('counts Saturdays when only Sunday and Wednesday are closed', () => {
    expect(dueDate('2026-11-20', business(5, { closedWeekdays: [0, 3] }))).toBe('2026-11-28')
  })

  it('skips a custom closed date', () => {
    expect(dueDate('2026-11-24', business(3))).toBe('2026-11-27')
    expect(dueDate('2026-11-24', business(3, { closedDates: ['2026-11-26'] }))).toBe('2026-11-30')
  })

  it('gives the same day on a PC in any time zone', () => {
    for (const tz of TIME_ZONES) {
      inTimeZone(tz, () => {
        expect(dueDate('2026-04-28', business(5))).toBe('2026-05-11')
        expect(dueDate('2026-12-25', business(5, { closedDates: yearEndClosedDates(2026) }))).toBe('2027-01-07')
      })
    }
  })

  it('lands on a business day with exactly `days` business days after receipt', () => {
    const date = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2020-01-01', n))
    const rule = fc.record({
      days: fc.integer({ min: 1, max: 30 }),
      mode: fc.constant('business' as const),
      closedWeekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
      closedDates: fc.array(date, { maxLength: 10 })
    })
    fc.assert(
      fc.property(date, rule, (receivedOn, r) => {
        const due = dueDate(receivedOn, r)
        expect(isBusinessDay(due, r)).toBe(true)
        const span = daysBetween(receivedOn, due)
        expect(span).toBeGreaterThanOrEqual(r.days)
        const open = Array.from({ length: span }, (_, i) => addDays(receivedOn, i + 1)).filter((d) =>
          isBusinessDay(d, r)
        )
        expect(open).toHaveLength(r.days)
      })
    )
  })

  it('stops with an error when every weekday is closed', () => {
    expect(() => dueDate('2026-11-25', business(1, { closedWeekdays: [0, 1, 2, 3, 4, 5, 6] }))).toThrow(RangeError)
  })
})

describe('dueDate in calendar days', () => {
  it('is receipt + days, holidays and closed days included', () => {
    const rule: DeadlineRule = { ...DEFAULT_DEADLINE_RULE, closedDates: yearEndClosedDates(2026) }
    expect(dueDate('2026-04-28', rule)).toBe('2026-05-12')
    expect(dueDate('2026-12-25', rule)).toBe('2027-01-08')
    expect(dueDate('2026-11-25', { ...rule, days: 7 })).toBe('2026-12-02')
  })

  it('defaults to 14 calendar days, the statutory two weeks', () => {
    expect(DEFAULT_DEADLINE_RULE).toMatchObject({ days: 14, mode: 'calendar' })
    expect(dueDate('2026-11-25', DEFAULT_DEADLINE_RULE)).toBe(statutoryMark('2026-11-25'))
  })
})

describe('statutoryMark and daysLeft', () => {
  it('marks receipt + 14 days whatever the clinic rule', () => {
    expect(statutoryMark('2026-11-25')).toBe('2026-12-09')
    expect(statutoryMark('2026-12-25')).toBe('2027-01-08')
  })

  it('counts down to 0 on the due day and below 0 once overdue', () => {
    expect(daysLeft('2026-12-09', '2026-11-25')).toBe(14)
    expect(daysLeft('2026-12-09', '2026-12-09')).toBe(0)
    expect(daysLeft('2026-12-09', '2026-12-10')).toBe(-1)
  })
})

describe('yearEndClosedDates', () => {
  it('lists 12/29 to 1/3 of the following year', () => {
    expect(yearEndClosedDates(2026)).toEqual([
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03'
    ])
  })
})
