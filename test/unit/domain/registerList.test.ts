import { describe, expect, it } from 'vitest'
import {
  compareForRegister,
  filterSummaries,
  patchSorted,
  sortForRegister,
  type RegisterFilter
} from '../../../src/renderer/src/domain/registerList'
import { summarize, type RegisterSummary } from '../../../src/renderer/src/domain/registerSummary'
import { makeRecord } from '../requestFixtures'

function row(id: string, receiptNo: string, receivedOn: string, more: Partial<RegisterSummary> = {}): RegisterSummary {
  return { ...summarize(makeRecord({ id, receiptNo, receivedOn })), ...more }
}

const NONE: RegisterFilter = { text: '', statuses: [], kinds: [], overdueOnly: false, today: '2026-11-25' }

describe('register order', () => {
  it('lists 2019-11418 above 2019-5186 on the same day (受付番号 compared as numbers, newest first)', () => {
    const rows = sortForRegister([row('a', '2019-5186', '2019-06-01'), row('b', '2019-11418', '2019-06-01')])
    expect(rows.map((r) => r.receiptNo)).toEqual(['2019-11418', '2019-5186'])
  })

  it('puts later receipt days first whatever their numbers', () => {
    const rows = sortForRegister([row('a', '2026-0009', '2026-11-01'), row('b', '2026-0002', '2026-11-02')])
    expect(rows.map((r) => r.id)).toEqual(['b', 'a'])
    expect(compareForRegister(row('x', '2026-0001', '2026-01-01'), row('x', '2026-0001', '2026-01-01'))).toBe(0)
  })
})

describe('patching the sorted list with saved summaries', () => {
  const base = sortForRegister([
    row('a', '2026-0001', '2026-11-01'),
    row('b', '2026-0002', '2026-11-02'),
    row('c', '2026-0003', '2026-11-03')
  ])
  const byId = new Map(base.map((r) => [r.id, r]))

  it('inserts a new request at its place and leaves the old list untouched', () => {
    const next = patchSorted(base, byId, [row('d', '2026-0004', '2026-11-02')])
    expect(next.map((r) => r.id)).toEqual(['c', 'd', 'b', 'a'])
    expect(base.map((r) => r.id)).toEqual(['c', 'b', 'a'])
  })

  it('replaces a changed request in place, and moves it when its receipt day was corrected', () => {
    const changed = patchSorted(base, byId, [{ ...row('b', '2026-0002', '2026-11-02'), status: 'notified' }])
    expect(changed.map((r) => [r.id, r.status])).toEqual([
      ['c', 'received'],
      ['b', 'notified'],
      ['a', 'received']
    ])
    const moved = patchSorted(base, byId, [row('a', '2026-0001', '2026-11-05')])
    expect(moved.map((r) => r.id)).toEqual(['a', 'c', 'b'])
  })

  it('gives the same list as sorting everything again, for any batch of changes', () => {
    const many = sortForRegister(
      Array.from({ length: 200 }, (_, i) => row(`r${i}`, `2026-${1000 + i}`, `2026-0${1 + (i % 9)}-1${i % 10}`))
    )
    const map = new Map(many.map((r) => [r.id, r]))
    const changes = [
      row('r5', '2026-1005', '2026-12-01'),
      row('new1', '2026-9999', '2026-03-13'),
      row('r150', '2026-1150', '2026-01-01', { status: 'closed' })
    ]
    const expected = sortForRegister([...many.filter((r) => !['r5', 'r150'].includes(r.id)), ...changes])
    expect(patchSorted(many, map, changes)).toEqual(expected)
  })
})

describe('filtering summaries in memory', () => {
  const rows = [
    row('a', '2026-0001', '2026-11-01', { status: 'received', dueOn: '2026-11-15', kind: 'disclosure' }),
    row('b', '2026-0002', '2026-11-02', { status: 'notified', dueOn: '2026-11-16', kind: 'complaint' }),
    row('c', '2026-0003', '2026-11-03', {
      status: 'investigating',
      dueOn: '2026-12-15',
      kind: 'disclosure',
      searchKeys: ['スズキ', '09011112222', 'a-77']
    })
  ]

  it('returns the same list when nothing filters', () => {
    expect(filterSummaries(rows, NONE)).toBe(rows)
  })

  it('finds by reading prefix typed in hiragana, by 診察券番号 and by phone digits', () => {
    expect(filterSummaries(rows, { ...NONE, text: 'すず' }).map((r) => r.id)).toEqual(['c'])
    expect(filterSummaries(rows, { ...NONE, text: 'A-7' }).map((r) => r.id)).toEqual(['c'])
    expect(filterSummaries(rows, { ...NONE, text: '090111' }).map((r) => r.id)).toEqual(['c'])
  })

  it('matches the start of a key only, never its middle or across two keys', () => {
    expect(filterSummaries(rows, { ...NONE, text: 'ズキ' })).toEqual([])
    expect(filterSummaries(rows, { ...NONE, text: '2222' })).toEqual([])
    // The end of one key and the start of the next are not one key.
    expect(filterSummaries(rows, { ...NONE, text: 'キ0901' })).toEqual([])
    expect(filterSummaries(rows, { ...NONE, text: 'スズキ09' })).toEqual([])
  })

  it('answers each list and each changed row from their own keys (a save makes new rows and a new list)', () => {
    expect(filterSummaries(rows, { ...NONE, text: 'すず' }).map((r) => r.id)).toEqual(['c'])
    const renamed = rows.map((r) => (r.id === 'c' ? { ...r, searchKeys: ['タナカ'] } : r))
    expect(filterSummaries(renamed, { ...NONE, text: 'すず' })).toEqual([])
    expect(filterSummaries(renamed, { ...NONE, text: 'たな' }).map((r) => r.id)).toEqual(['c'])
    // The same rows in another order are answered in that order.
    const same = ['x', 'y', 'z'].map((id, i) => row(id, `2026-010${i}`, '2026-11-01', { searchKeys: ['ヤマダ'] }))
    expect(filterSummaries(same, { ...NONE, text: 'やま' }).map((r) => r.id)).toEqual(['x', 'y', 'z'])
    expect(filterSummaries([...same].reverse(), { ...NONE, text: 'やま' }).map((r) => r.id)).toEqual(['z', 'y', 'x'])
  })

  it('combines status, kind and overdue (open and past its target) filters', () => {
    expect(filterSummaries(rows, { ...NONE, kinds: ['disclosure'] }).map((r) => r.id)).toEqual(['a', 'c'])
    expect(filterSummaries(rows, { ...NONE, statuses: ['notified'] }).map((r) => r.id)).toEqual(['b'])
    expect(filterSummaries(rows, { ...NONE, overdueOnly: true }).map((r) => r.id)).toEqual(['a'])
  })
})
