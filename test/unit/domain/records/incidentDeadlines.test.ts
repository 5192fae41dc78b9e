import { describe, expect, it } from 'vitest'
import {
  finalDeadline,
  incidentDeadlines,
  isReportable,
  preliminaryTarget,
  splitKnownAt
} from '../../../../src/renderer/src/domain/incidents/deadlines'
import type { DeadlineRule } from '../../../../src/renderer/src/domain/deadline'

// The clinic closes on Sundays; 2026-11-23 (Mon) is 勤労感謝の日.
const CLINIC: DeadlineRule = { days: 14, mode: 'calendar', closedWeekdays: [0], closedDates: ['2026-11-27'] }

describe('速報 target: known + N of the clinic business days', () => {
  it.each([
    ['2026-11-16', 3, '2026-11-19', 'Mon + 3 working days, no holiday in between'],
    ['2026-11-20', 3, '2026-11-25', 'skips Sunday 11-22 and the holiday 11-23'],
    ['2026-11-24', 3, '2026-11-28', 'skips the closed date 11-27'],
    ['2026-11-24', 5, '2026-12-01', 'five days when the clinic sets five'],
    ['2026-12-28', 3, '2026-12-31', 'the year end counts unless the clinic closes it']
  ])('known %s with %i days is due %s (%s)', (known, days, expected, why) => {
    expect(preliminaryTarget(known, days, CLINIC), why).toBe(expected)
  })
})

describe('確報 deadline: 30 days (60 for 不正の目的) counting the day of knowing as day 1', () => {
  it.each([
    ['2026-11-02', [], '2026-12-01', 'day 30 is a Tuesday'],
    ['2026-11-04', [], '2026-12-03', 'day 30 is a Thursday'],
    ['2026-11-06', [], '2026-12-07', 'day 30 is Saturday 12-05: the next open day is Monday'],
    ['2026-12-01', [], '2027-01-04', 'day 30 is 12-30: the year-end break moves it to 01-04'],
    ['2026-11-02', ['malicious'], '2027-01-04', 'day 60 is 12-31, in the year-end break'],
    ['2026-09-01', ['malicious'], '2026-10-30', 'day 60 is a Friday'],
    ['2026-10-15', ['sensitive'], '2026-11-13', '要配慮 alone keeps 30 days']
  ] as const)('known %s %j gives %s (%s)', (known, situations, expected, why) => {
    expect(finalDeadline(known, [...situations]), why).toBe(expected)
  })
})

describe('reportability (規則7条): any one of the four situations', () => {
  it.each([
    [[], false],
    [['sensitive'], true],
    [['financial'], true],
    [['malicious'], true],
    [['over1000'], true],
    [['sensitive', 'over1000'], true]
  ] as const)('%j → %s', (situations, expected) => {
    expect(isReportable([...situations])).toBe(expected)
  })
})

describe('the moment of becoming aware', () => {
  it('splits the stored Japan time into its day and its time, so screens show the day in their own style', () => {
    expect(splitKnownAt('2026-11-18T15:20')).toEqual({ on: '2026-11-18', time: '15:20' })
    expect(splitKnownAt('2026-12-31T23:59')).toEqual({ on: '2026-12-31', time: '23:59' })
  })
})

describe('incidentDeadlines', () => {
  it('has no targets while nothing reportable is ticked, and marks the stages submitted', () => {
    const none = incidentDeadlines({ knownAt: '2026-11-16T09:30', situations: [], submissions: [] }, 3, CLINIC)
    expect(none).toMatchObject({ reportable: false, preliminaryOn: null, finalOn: null })
    const some = incidentDeadlines(
      {
        knownAt: '2026-11-16T09:30',
        situations: ['sensitive'],
        submissions: [{ stage: 'preliminary', submittedOn: '2026-11-18', receiptNo: 'R-1', staffName: 'a' }]
      },
      3,
      CLINIC
    )
    expect(some).toEqual({
      reportable: true,
      preliminaryOn: '2026-11-19',
      finalOn: '2026-12-15',
      preliminaryDone: true,
      finalDone: false
    })
  })
})
