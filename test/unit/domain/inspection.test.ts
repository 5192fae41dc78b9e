import { describe, expect, it } from 'vitest'
import {
  periodProblem,
  proceduresInPeriod,
  purgesCsv,
  registerCsv,
  requestInPeriod,
  tokyoDayStart
} from '../../../src/renderer/src/domain/inspection/files'
import { makeRecord } from '../requestFixtures'

const period = { from: '2026-04-01', to: '2026-06-30' }

describe('the inspection pack (APPI 146条)', () => {
  // received, closed (instant or null), in the period
  const cases: [string, string | null, boolean][] = [
    ['2026-05-01', null, true],
    ['2026-03-01', null, true], // received before, still open during the period
    ['2026-03-01', '2026-03-31T14:59:00.000Z', false], // closed 3/31 23:59 in Japan
    ['2026-03-01', '2026-03-31T15:00:00.000Z', true], // closed 4/1 00:00 in Japan
    ['2026-07-01', null, false],
    ['2026-06-30', '2026-07-02T00:00:00.000Z', true]
  ]
  it.each(cases)('a request received %s and closed %s is in the period: %s', (receivedOn, closedOn, inside) => {
    expect(requestInPeriod({ receivedOn, closedOn }, period)).toBe(inside)
  })

  it('takes the procedure version in force at the start and every version that took effect within', () => {
    const versions = [
      { id: 'a', effectiveFrom: '2025-10-01' },
      { id: 'b', effectiveFrom: '2026-02-01' },
      { id: 'c', effectiveFrom: '2026-05-01' },
      { id: 'd', effectiveFrom: '2026-07-01' }
    ]
    expect(proceduresInPeriod(versions, period).map((v) => v.id)).toEqual(['b', 'c'])
    expect(proceduresInPeriod(versions, { from: '2026-02-01', to: '2026-02-01' }).map((v) => v.id)).toEqual(['b'])
  })

  it.each([
    [{ from: '2026-04-01', to: '2026-03-31' }, '開始日は終了日以前'],
    [{ from: '2026-04-31', to: '2026-05-01' }, 'YYYY-MM-DD'],
    [period, null]
  ])('period %j → %s', (p, message) => {
    const problem = periodProblem(p)
    if (message === null) expect(problem).toBeNull()
    else expect(problem).toContain(message)
  })

  it('counts the Japanese day from midnight in Tokyo', () => {
    expect(tokyoDayStart('2026-04-01')).toBe('2026-03-31T15:00:00.000Z')
  })

  it('keeps names out of the register CSV and shows the fee as computed and as received', () => {
    const r = makeRecord({
      feeReceipt: {
        receivedOn: '2026-11-25',
        amount: 1100,
        paidBy: 'cash',
        note: '',
        staffId: 's',
        staffName: '鈴木',
        at: '2026-11-25T01:00:00.000Z'
      }
    })
    const csv = registerCsv([r])
    expect(csv).not.toContain(r.person.name)
    expect(csv.split('\r\n')[1]).toBe(
      '2026-0001,2026-11-20,保有個人データの開示,本人,受付,,,,,,1000,2026-11-25,1100,現金(窓口),'
    )
  })

  it('counts purges by day and kind, nothing personal', () => {
    const purged = (purgedAt: string, kind: 'disclosure' | 'complaint') => ({
      id: purgedAt + kind,
      clinicId: 'c',
      deviceId: 'd',
      receiptNo: '2020-0001',
      kind,
      status: 'closed' as const,
      receivedOn: '2020-01-01',
      closedOn: '2020-02-01T00:00:00.000Z',
      purgedAt
    })
    const csv = purgesCsv([
      purged('2026-05-01T01:00:00.000Z', 'disclosure'),
      purged('2026-05-01T02:00:00.000Z', 'disclosure'),
      purged('2026-05-01T02:00:00.000Z', 'complaint')
    ])
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '削除日,種別,件数',
      '2026-05-01,苦情,1',
      '2026-05-01,保有個人データの開示,2'
    ])
  })
})
