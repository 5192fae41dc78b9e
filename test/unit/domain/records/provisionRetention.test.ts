import { describe, expect, it } from 'vitest'
import {
  isExpired,
  lastDayOfYears,
  retentionEnd,
  retentionRuleOf
} from '../../../../src/renderer/src/domain/provisions/retention'

describe('lastDayOfYears (民法143条: the day before the same day, or the month end where it does not exist)', () => {
  it.each([
    ['2026-11-25', 3, '2029-11-24'],
    ['2026-01-01', 1, '2026-12-31'],
    ['2024-02-29', 3, '2027-02-28'],
    ['2024-02-29', 4, '2028-02-28'],
    ['2025-03-01', 3, '2028-02-29'],
    ['2026-03-01', 1, '2027-02-28']
  ])('%s + %i years ends %s', (from, years, expected) => {
    expect(lastDayOfYears(from, years)).toBe(expected)
  })
})

describe('retention end of provision and receipt records (規則21条・24条)', () => {
  const base = { recordedOn: '2026-04-10', lastProvidedOn: '2026-09-30' }
  it.each([
    ['single', false, 'fromRecord', '2029-04-09', '3 years from the record'],
    ['bulk', false, 'bulkLastProvision', '2029-09-29', '3 years from the last provision'],
    ['single', true, 'contractLastProvision', '2027-09-29', '1 year from the last provision under a contract'],
    ['bulk', true, 'contractLastProvision', '2027-09-29', 'a contract wins over bulk']
  ] as const)('%s, contract %s → %s, ends %s (%s)', (form, contract, rule, end, why) => {
    const r = { ...base, form, contract }
    expect(retentionRuleOf(r), why).toBe(rule)
    expect(retentionEnd(r), why).toBe(end)
  })

  it.each([
    ['2029-04-09', false],
    ['2029-04-10', true]
  ])('a record kept until 2029-04-09 is expired on %s: %s', (today, expected) => {
    expect(isExpired({ retentionEnd: '2029-04-09' }, today)).toBe(expected)
  })
})
