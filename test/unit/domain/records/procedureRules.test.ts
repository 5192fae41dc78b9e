import { describe, expect, it } from 'vitest'
import { computeFee, procedureInForce, versionNumber } from '../../../../src/renderer/src/domain/procedure/rules'

const versions = [
  { id: 'b', effectiveFrom: '2026-04-01' },
  { id: 'a', effectiveFrom: '2025-10-01' },
  { id: 'c', effectiveFrom: '2026-12-01' }
]

describe('which procedure version applies on a 受付日', () => {
  it.each([
    ['2025-09-30', null],
    ['2025-10-01', 'a'],
    ['2026-03-31', 'a'],
    ['2026-04-01', 'b'],
    ['2026-11-30', 'b'],
    ['2026-12-01', 'c'],
    ['2030-01-01', 'c']
  ])('on %s → %s', (on, expected) => {
    expect(procedureInForce(versions, on)?.id ?? null).toBe(expected)
  })

  it('numbers versions by effective date', () => {
    expect(versions.map((v) => versionNumber(versions, v.id))).toEqual([2, 1, 3])
  })
})

describe('fee computation from the fee table (APPI 38条)', () => {
  const table = {
    perRequest: 1000,
    perPageBw: 10,
    perPageColour: 50,
    perDisc: 300,
    postage: 140,
    explanationPer30Min: 3000
  }
  const none = { pagesBw: 0, pagesColour: 0, discs: 0, mailed: false, explanationMinutes: 0 }
  it.each([
    ['the request alone', 1000, none],
    ['20 B/W pages', 1200, { ...none, pagesBw: 20 }],
    ['5 colour pages and a disc', 1550, { ...none, pagesColour: 5, discs: 1 }],
    ['mailed', 1140, { ...none, mailed: true }],
    ['30 minutes of explanation', 4000, { ...none, explanationMinutes: 30 }],
    ['31 minutes counts two half hours', 7000, { ...none, explanationMinutes: 31 }],
    ['everything', 4960, { pagesBw: 12, pagesColour: 2, discs: 2, mailed: true, explanationMinutes: 15 }]
  ])('%s → %i yen', (_label, total, input) => {
    expect(computeFee(table, input).total).toBe(total)
  })

  it('lists only the items charged, with the request fee first', () => {
    expect(computeFee(table, { ...none, pagesBw: 3 }).lines).toEqual([
      { label: '手数料(1件)', amount: 1000 },
      { label: '写し 白黒 3枚', amount: 30 }
    ])
  })
})
