import { describe, expect, it } from 'vitest'
import { buildMonthlyLog, longestLabel } from '../../../src/renderer/src/domain/monthlyLog'
import { dayOf } from '../../../src/renderer/src/domain/calendar'
import { finishedOn } from '../../../src/renderer/src/domain/monthlyLogRow'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { median } from '../../../src/renderer/src/domain/stats'
import { formatMonth, monthEnd, monthsEndingWith, shiftMonth } from '../../../src/renderer/src/domain/yearMonth'
import { MANAGER, RECEPTION, makeDecision, makeRecord } from '../requestFixtures'

const STAFF = new Map([
  [RECEPTION.id, RECEPTION.name],
  [MANAGER.id, MANAGER.name]
])
const stamp = { staffId: MANAGER.id, staffName: MANAGER.name }
const identity = (day: string) => ({
  ...stamp,
  at: `${day}T01:00:00.000Z`,
  method: 'counter' as const,
  documents: ['driversLicense'],
  result: 'verified' as const,
  note: ''
})

/** A request carried through to a notice issued on `issuedOn`. */
function notified(
  no: string,
  receivedOn: string,
  dueOn: string,
  issuedOn: string,
  extra: Partial<RequestRecord> = {}
): RequestRecord {
  return makeRecord({
    id: `req-${no}`,
    receiptNo: no,
    receivedOn,
    dueOn,
    status: 'notified',
    identity: identity(receivedOn),
    decision: { ...makeDecision(), ...stamp, at: `${issuedOn}T00:00:00.000Z` },
    approval: { ...stamp, at: `${issuedOn}T00:30:00.000Z`, comment: '' },
    notice: { ...stamp, at: `${issuedOn}T01:00:00.000Z`, letterId: `L-${no}`, issuedOn, sentBy: 'post' },
    ...extra
  })
}

function open(no: string, receivedOn: string, dueOn: string, extra: Partial<RequestRecord> = {}): RequestRecord {
  return makeRecord({ id: `req-${no}`, receiptNo: no, receivedOn, dueOn, status: 'received', ...extra })
}

// November 2026, seen on 5 December (the month is over, so rows describe 30 November).
const A = notified('2026-0001', '2026-10-20', '2026-11-03', '2026-11-03') // carried over, notified on its due day
const B = notified('2026-0002', '2026-10-10', '2026-10-24', '2026-10-20') // finished before November: not in it
const C = open('2026-0003', '2026-10-25', '2026-11-08', {
  kind: 'correction',
  status: 'investigating',
  identity: identity('2026-10-26')
})
const D = notified('2026-0004', '2026-11-02', '2026-11-16', '2026-11-10', { kind: 'purpose', createdBy: MANAGER.id })
const E = notified('2026-0005', '2026-11-05', '2026-11-19', '2026-11-25', {
  kind: 'suspension',
  requester: {
    type: 'legalAgent',
    agentName: '山田 花子',
    agentKana: 'ヤマダ ハナコ',
    relation: '母',
    postalCode: '',
    address: '',
    phone: '',
    email: ''
  }
})
// Received in November, still open at its end; notified in December, which the November log does not show.
const F = notified('2026-0006', '2026-11-20', '2026-12-04', '2026-12-03', {
  kind: 'inquiry',
  identity: null,
  createdBy: 'staff-gone'
})
const G = open('2026-0007', '2026-11-12', '2026-11-26', { status: 'withdrawn', closedOn: '2026-11-15T02:00:00.000Z' })
// recordIdentity with result 'failed' leaves closedOn empty; the identity check's day ends it.
const H = open('2026-0008', '2026-11-28', '2026-12-12', {
  status: 'identityFailed',
  identity: { ...identity('2026-11-29'), result: 'failed' }
})
const I = open('2026-0009', '2026-12-01', '2026-12-15')
// Withdrawn at 01:00 on 2 November in Japan, which is still 1 November in UTC.
const J = open('2026-0010', '2026-10-01', '2026-10-15', {
  kind: 'complaint',
  status: 'withdrawn',
  closedOn: '2026-11-01T16:00:00.000Z'
})
// Withdrawn at 01:30 on 1 November in Japan (31 October in UTC): it was open in November, for an hour.
const K = open('2026-0011', '2026-10-05', '2026-10-19', { status: 'withdrawn', closedOn: '2026-10-31T16:30:00.000Z' })
const L = notified('2025-0099', '2025-12-03', '2025-12-17', '2025-12-10')

const ALL = [I, H, G, F, E, D, C, B, A, J, K, L]
const november = () => buildMonthlyLog(ALL, '2026-11', '2026-12-05', { staffNames: STAFF })

describe('which requests the monthly log lists', () => {
  it('lists those received in the month and those open at any time in it, in order of receipt', () => {
    expect(november().rows.map((r) => r.receiptNo)).toEqual([
      '2026-0010',
      '2026-0011',
      '2026-0001',
      '2026-0003',
      '2026-0004',
      '2026-0005',
      '2026-0007',
      '2026-0006',
      '2026-0008'
    ])
  })

  it('reads stored timestamps as days in Japan', () => {
    expect(dayOf('2026-11-01T16:00:00.000Z')).toBe('2026-11-02')
    expect(dayOf('2026-10-31T14:59:59.000Z')).toBe('2026-10-31')
    expect(finishedOn(K)).toBe('2026-11-01')
    expect(finishedOn(H)).toBe('2026-11-29')
    expect(finishedOn(C)).toBeNull()
  })

  it('shows a request crossing the month end as it stood on the last day: not yet notified, not overdue', () => {
    const row = november().rows.find((r) => r.receiptNo === '2026-0006')
    expect(row).toMatchObject({
      notifiedOn: null,
      days: null,
      decisionLabel: '未決定',
      identityLabel: '不要',
      overdue: false,
      handledBy: '(不明)'
    })
  })

  it('fills each column from the catalogue and the staff list', () => {
    const rows = november().rows
    expect(rows.find((r) => r.receiptNo === '2026-0001')).toMatchObject({
      kindLabel: '保有個人データの開示',
      requesterLabel: '本人',
      identityLabel: '確認済',
      decisionLabel: '全部開示',
      notifiedOn: '2026-11-03',
      days: 14,
      handledBy: '鈴木 受付',
      overdue: false
    })
    expect(rows.find((r) => r.receiptNo === '2026-0005')).toMatchObject({
      kindLabel: '利用停止・消去',
      requesterLabel: '法定代理人',
      days: 20
    })
    expect(rows.find((r) => r.receiptNo === '2026-0004')?.handledBy).toBe('佐藤 管理')
    expect(rows.find((r) => r.receiptNo === '2026-0003')).toMatchObject({
      identityLabel: '確認済',
      decisionLabel: '未決定',
      notifiedOn: null
    })
    expect(rows.find((r) => r.receiptNo === '2026-0007')).toMatchObject({
      decisionLabel: '取下げ',
      identityLabel: '未了',
      overdue: false
    })
    expect(rows.find((r) => r.receiptNo === '2026-0008')).toMatchObject({
      decisionLabel: '本人確認不可',
      identityLabel: '確認不可'
    })
  })
})

describe('a notice recorded after the letter went out', () => {
  it('shows the decision and identity check with the notice, though they were stamped on the day of recording', () => {
    // Handed over on 30 November; identity, approval and notice all entered on 2 December.
    const late = notified('2026-0020', '2026-11-25', '2026-12-09', '2026-11-30', {
      identity: identity('2026-12-02'),
      approval: { ...stamp, at: '2026-12-02T00:30:00.000Z', comment: '' }
    })
    const row = buildMonthlyLog([late], '2026-11', '2026-12-05', { staffNames: STAFF }).rows[0]
    expect(row).toMatchObject({ notifiedOn: '2026-11-30', days: 5, decisionLabel: '全部開示', identityLabel: '確認済' })
  })

  it('does not show a decision approved after the month, for a request still open at its end', () => {
    const pending = notified('2026-0021', '2026-11-25', '2026-12-09', '2026-12-04', {
      identity: identity('2026-12-01'),
      approval: { ...stamp, at: '2026-12-02T00:30:00.000Z', comment: '' }
    })
    const row = buildMonthlyLog([pending], '2026-11', '2026-12-05', { staffNames: STAFF }).rows[0]
    expect(row).toMatchObject({ notifiedOn: null, decisionLabel: '未決定', identityLabel: '未了' })
  })
})

describe('overdue', () => {
  it('marks open past the target at month end, notified after it, and withdrawn after it', () => {
    const log = november()
    // 0010 and 0011 were withdrawn in November, long after their targets: they were late while open in it.
    expect(log.overdue.map((r) => [r.receiptNo, r.overdueDays])).toEqual([
      ['2026-0010', 18],
      ['2026-0011', 13],
      ['2026-0003', 22],
      ['2026-0005', 6]
    ])
    expect(log.counts.overdue).toBe(4)
  })

  it('counts days overdue up to today while the month is still running', () => {
    const log = buildMonthlyLog(ALL, '2026-11', '2026-11-20', { staffNames: STAFF })
    expect(log.asOf).toBe('2026-11-20')
    expect(log.overdue.map((r) => [r.receiptNo, r.overdueDays])).toEqual([
      ['2026-0010', 18],
      ['2026-0011', 13],
      ['2026-0003', 12],
      ['2026-0005', 1]
    ])
    // Notified on the 25th: on the 20th it was still open, a day past its target of the 19th.
    expect(log.rows.find((r) => r.receiptNo === '2026-0005')).toMatchObject({
      notifiedOn: null,
      days: null,
      decisionLabel: '未決定'
    })
    expect(log.medianDays).toBe(11)
  })

  it('marks a request withdrawn after its target as overdue, since it was open past it', () => {
    const late = open('2026-0012', '2026-11-01', '2026-11-15', {
      status: 'withdrawn',
      closedOn: '2026-11-18T03:00:00.000Z'
    })
    const log = buildMonthlyLog([late], '2026-11', '2026-12-05', { staffNames: STAFF })
    expect(log.overdue.map((r) => [r.decisionLabel, r.overdueDays])).toEqual([['取下げ', 3]])
  })
})

describe('totals and figures', () => {
  it('counts rows by kind (every kind listed) and by decision (those that occur)', () => {
    const log = november()
    expect(log.byKind).toHaveLength(10)
    expect(log.byKind.filter((k) => k.count > 0).map((k) => [k.label, k.count])).toEqual([
      ['利用目的の通知', 1],
      ['保有個人データの開示', 4],
      ['訂正・追加・削除', 1],
      ['利用停止・消去', 1],
      ['苦情', 1],
      ['相談・問い合わせ', 1]
    ])
    expect(log.byOutcome.map((o) => [o.label, o.count])).toEqual([
      ['全部開示', 3],
      ['取下げ', 3],
      ['本人確認不可', 1],
      ['未決定', 2]
    ])
    expect(log.counts).toEqual({
      total: 9,
      receivedInMonth: 5,
      carriedOver: 4,
      notifiedInMonth: 3,
      endedOtherwise: 4,
      openAtEnd: 2,
      overdue: 4,
      statutoryPassed: 0
    })
  })

  it('gives the median (odd count) and the longest days to notification for those notified in the month', () => {
    const log = november()
    expect(log.medianDays).toBe(14)
    expect(log.longest).toEqual({ days: 20, receiptNos: ['2026-0005'] })
  })

  it('takes the mean of the middle two for an even count, and names every request sharing the longest', () => {
    const M = notified('2026-0013', '2026-11-10', '2026-11-24', '2026-11-30') // 20 days
    const log = buildMonthlyLog([...ALL, M], '2026-11', '2026-12-05', { staffNames: STAFF })
    expect(log.rows.filter((r) => r.notifiedOn !== null).map((r) => r.days)).toEqual([14, 8, 20, 20])
    expect(log.medianDays).toBe(17)
    expect(log.longest).toEqual({ days: 20, receiptNos: ['2026-0005', '2026-0013'] })
    expect(median([8, 10, 14, 20])).toBe(12)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([5, 6])).toBe(5.5)
    expect(median([])).toBeNull()
  })

  it('counts requests received per month for the 12 months ending with the chosen one', () => {
    const counts = november().receivedPerMonth
    expect(counts.map((c) => c.month)).toEqual(monthsEndingWith('2026-11', 12))
    expect(counts[0]).toEqual({ month: '2025-12', count: 1 })
    expect(counts.slice(-2)).toEqual([
      { month: '2026-10', count: 5 },
      { month: '2026-11', count: 5 }
    ])
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(11)
  })

  it('uses month counts given by the caller, who counts them from an index', () => {
    const given = monthsEndingWith('2026-11', 12).map((month, i) => ({ month, count: i }))
    expect(
      buildMonthlyLog([A], '2026-11', '2026-12-05', { staffNames: STAFF, receivedPerMonth: given }).receivedPerMonth
    ).toEqual(given)
  })

  it('gives an empty month empty figures, not errors', () => {
    const log = buildMonthlyLog(ALL, '2025-06', '2026-12-05', { staffNames: STAFF })
    expect(log.rows).toEqual([])
    expect(log.overdue).toEqual([])
    expect(log.medianDays).toBeNull()
    expect(log.longest).toBeNull()
    expect(log.byOutcome).toEqual([])
    expect(log.byKind.every((k) => k.count === 0)).toBe(true)
    expect(log.counts.total).toBe(0)
    expect(log.receivedPerMonth.every((c) => c.count === 0)).toBe(true)
    // C, still open, is carried into every later month until it is finished.
    expect(buildMonthlyLog([C], '2027-03', '2027-04-02', { staffNames: STAFF }).rows).toHaveLength(1)
  })
})

describe('months', () => {
  it('steps across years and knows the last day of each month', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-11', 14)).toBe('2028-01')
    expect(monthEnd('2028-02')).toBe('2028-02-29')
    expect(monthEnd('2026-02')).toBe('2026-02-28')
    expect(monthEnd('2026-12')).toBe('2026-12-31')
    expect(() => monthEnd('2026-13')).toThrow(RangeError)
  })

  it('names a month in 和暦 or 西暦', () => {
    expect(formatMonth('2026-11', 'wareki')).toBe('令和8年11月')
    expect(formatMonth('2019-05', 'wareki')).toBe('令和元年5月')
    expect(formatMonth('2026-11', 'seireki')).toBe('2026年11月')
  })
})

describe('the longest time to notice, as printed', () => {
  it('names at most five receipt numbers and counts the rest', () => {
    const nos = Array.from({ length: 8 }, (_, i) => `2026-000${i + 1}`)
    expect(longestLabel({ days: 26, receiptNos: nos })).toBe(
      '26日(2026-0001・2026-0002・2026-0003・2026-0004・2026-0005・ほか3件)'
    )
    expect(longestLabel({ days: 19, receiptNos: nos.slice(0, 5) })).toBe(
      '19日(2026-0001・2026-0002・2026-0003・2026-0004・2026-0005)'
    )
    expect(longestLabel({ days: 3, receiptNos: ['2026-0009'] })).toBe('3日(2026-0009)')
    expect(longestLabel(null)).toBe('—')
  })
})
