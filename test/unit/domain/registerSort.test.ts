import { describe, expect, it } from 'vitest'
import { filterSummaries, sortForRegister, type RegisterFilter } from '../../../src/renderer/src/domain/registerList'
import {
  DEFAULT_REGISTER_SORT,
  nextSort,
  sortSummaries,
  sortSummariesOnce,
  type RegisterSort
} from '../../../src/renderer/src/domain/registerSort'
import { summarize, type RegisterSummary } from '../../../src/renderer/src/domain/registerSummary'
import { makeRecord } from '../requestFixtures'

function row(id: string, receiptNo: string, receivedOn: string, more: Partial<RegisterSummary> = {}): RegisterSummary {
  return { ...summarize(makeRecord({ id, receiptNo, receivedOn })), ...more }
}

const rows = sortForRegister([
  row('a', '2019-5186', '2019-06-01', { dueOn: '2019-06-20', status: 'notified', kind: 'complaint' }),
  row('b', '2019-11418', '2019-06-01', { dueOn: '2019-06-15', status: 'received', kind: 'disclosure' }),
  row('c', '2026-0002', '2026-11-02', { dueOn: '2026-11-16', status: 'investigating', kind: 'purpose' }),
  row('d', '2026-0001', '2026-11-01', { dueOn: '2026-11-16', status: 'received', kind: 'disclosure' })
])
const order = (sort: RegisterSort) => sortSummaries(rows, sort).map((r) => r.receiptNo)

describe('sorting the register by a column', () => {
  it('orders 受付番号 as numbers by year then sequence, both ways', () => {
    expect(order({ key: 'receiptNo', dir: 'asc' })).toEqual(['2019-5186', '2019-11418', '2026-0001', '2026-0002'])
    expect(order({ key: 'receiptNo', dir: 'desc' })).toEqual(['2026-0002', '2026-0001', '2019-11418', '2019-5186'])
  })

  it('orders by 期限 and keeps the register order (newest first) between equal deadlines', () => {
    expect(order({ key: 'dueOn', dir: 'asc' })).toEqual(['2019-11418', '2019-5186', '2026-0002', '2026-0001'])
    expect(order({ key: 'dueOn', dir: 'desc' })).toEqual(['2026-0002', '2026-0001', '2019-5186', '2019-11418'])
  })

  it('orders 状態 and 種別 in the catalogue order (the workflow), not by their labels', () => {
    expect(order({ key: 'status', dir: 'asc' })).toEqual(['2026-0001', '2019-11418', '2026-0002', '2019-5186'])
    expect(order({ key: 'kind', dir: 'asc' })[0]).toBe('2026-0002')
  })

  it('orders 受付日 oldest first on request, and the default order costs no sort at all', () => {
    expect(order({ key: 'receivedOn', dir: 'asc' })).toEqual(['2019-11418', '2019-5186', '2026-0001', '2026-0002'])
    expect(sortSummaries(rows, DEFAULT_REGISTER_SORT)).toBe(rows)
  })

  it('turns a column round on a second click, and starts a new column in its natural direction', () => {
    expect(nextSort(DEFAULT_REGISTER_SORT, 'receivedOn')).toEqual({ key: 'receivedOn', dir: 'asc' })
    expect(nextSort(DEFAULT_REGISTER_SORT, 'dueOn')).toEqual({ key: 'dueOn', dir: 'asc' })
    expect(nextSort({ key: 'dueOn', dir: 'asc' }, 'receiptNo')).toEqual({ key: 'receiptNo', dir: 'desc' })
  })

  it('makes each order once for the same register, and anew for a changed one', () => {
    const byNumber: RegisterSort = { key: 'receiptNo', dir: 'asc' }
    const first = sortSummariesOnce(rows, byNumber)
    expect(first.map((r) => r.receiptNo)).toEqual(order(byNumber))
    sortSummariesOnce(rows, { key: 'dueOn', dir: 'desc' })
    expect(sortSummariesOnce(rows, byNumber)).toBe(first)
    const changed = sortForRegister([...rows, row('e', '2026-0003', '2026-11-03')])
    const again = sortSummariesOnce(changed, byNumber)
    expect(again).not.toBe(first)
    expect(again.map((r) => r.receiptNo).at(-1)).toBe('2026-0003')
  })

  it('keeps the chosen order through filtering (a keystroke filters, it never sorts)', () => {
    const sorted = sortSummaries(rows, { key: 'receiptNo', dir: 'asc' })
    const f: RegisterFilter = { text: '', statuses: ['received'], kinds: [], overdueOnly: false, today: '2026-11-25' }
    expect(filterSummaries(sorted, f).map((r) => r.receiptNo)).toEqual(['2019-11418', '2026-0001'])
  })
})

describe('searching and the 受付日 range', () => {
  const NONE: RegisterFilter = { text: '', statuses: [], kinds: [], overdueOnly: false, today: '2026-11-25' }
  const people = [
    summarize(
      makeRecord({
        id: 'p',
        receiptNo: '2026-0005',
        receivedOn: '2026-11-05',
        person: { ...makeRecord().person, patientNo: 'K-1234', phone: '090-1111-2222' },
        requester: {
          ...makeRecord().requester,
          type: 'voluntaryAgent',
          agentName: '田中 一郎',
          agentKana: 'タナカ イチロウ'
        }
      })
    ),
    row('q', '2026-0006', '2026-11-20')
  ]
  const ids = (f: Partial<RegisterFilter>) => filterSummaries(people, { ...NONE, ...f }).map((r) => r.id)

  it('finds by 診察券番号, by the phone number as typed with hyphens, and by the agent name or フリガナ by part', () => {
    expect(ids({ text: 'k-12' })).toEqual(['p'])
    expect(ids({ text: '090-1111' })).toEqual(['p'])
    expect(ids({ text: '一郎' })).toEqual(['p'])
    expect(ids({ text: 'いちろう' })).toEqual(['p'])
    expect(ids({ text: 'たなか' })).toEqual(['p'])
  })

  it('keeps 受付日 within from and to, both days included, either side open', () => {
    expect(ids({ receivedFrom: '2026-11-05', receivedTo: '2026-11-05' })).toEqual(['p'])
    expect(ids({ receivedFrom: '2026-11-06' })).toEqual(['q'])
    expect(ids({ receivedTo: '2026-11-19' })).toEqual(['p'])
  })
})
