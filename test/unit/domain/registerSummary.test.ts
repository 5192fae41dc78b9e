import { describe, expect, it } from 'vitest'
import { shareRepeatedStrings, summarize } from '../../../src/renderer/src/domain/registerSummary'
import { SELF_REQUESTER } from '../../../src/renderer/src/domain/request'
import { makeRecord } from '../requestFixtures'

describe('register summary of a request', () => {
  it('carries what the list sorts and searches by: 受付番号 as numbers, 診察券番号, phone digits and the agent by part as keys', () => {
    const s = summarize(
      makeRecord({
        receiptNo: '2019-11418',
        searchKeys: ['ヤマダ'],
        person: { ...makeRecord().person, patientNo: 'Ａ-1234', phone: '03-1234-5678' },
        requester: {
          ...SELF_REQUESTER,
          type: 'legalAgent',
          agentName: '山田 花子',
          agentKana: 'ヤマダ ハナコ',
          relation: '母'
        }
      })
    )
    expect(s).toMatchObject({
      receiptYear: 2019,
      receiptSeq: 11418,
      requesterType: 'legalAgent',
      agentName: '山田 花子'
    })
    expect(s.patientNo).toBe('A-1234')
    expect(s.phoneDigits).toBe('0312345678')
    expect(s.searchKeys).toEqual(
      expect.arrayContaining(['ヤマダ', 'a-1234', '0312345678', 'ハナコ', '花子', 'ヤマダハナコ'])
    )
  })

  it('an open request is open in its month of receipt only, and has neither notice nor finish', () => {
    const s = summarize(makeRecord({ receivedOn: '2026-10-30', status: 'investigating' }))
    expect(s).toMatchObject({ notifiedOn: null, finishedOn: null, openMonths: ['2026-10'] })
  })

  it('a notified request was open in every month from receipt to its notice', () => {
    const s = summarize(
      makeRecord({
        receivedOn: '2026-11-20',
        status: 'notified',
        notice: { letterId: 'l', issuedOn: '2027-01-05', sentBy: 'post', staffId: 's', staffName: 'n', at: 'x' }
      })
    )
    expect(s).toMatchObject({ notifiedOn: '2027-01-05', finishedOn: '2027-01-05' })
    expect(s.openMonths).toEqual(['2026-11', '2026-12', '2027-01'])
  })

  it('a withdrawn request finishes on the Japan day it was closed', () => {
    const s = summarize(
      makeRecord({ receivedOn: '2026-11-20', status: 'withdrawn', closedOn: '2026-11-30T16:00:00.000Z' })
    )
    expect(s).toMatchObject({ notifiedOn: null, finishedOn: '2026-12-01', openMonths: ['2026-11', '2026-12'] })
  })
})

describe('shareRepeatedStrings', () => {
  it('leaves every value of every row as it was (only copies of equal strings are shared)', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      summarize(
        makeRecord({
          id: `req-${String(i)}`,
          receiptNo: `2026-${String(i + 1).padStart(4, '0')}`,
          receivedOn: i % 2 === 0 ? '2026-04-01' : '2026-04-02',
          status: i % 3 === 0 ? 'notified' : 'received',
          searchKeys: ['ヤマダタロウ', 'ヤマダ', 'タロウ', `2026-${String(i + 1).padStart(4, '0')}`],
          person: {
            ...makeRecord().person,
            patientNo: String(100000 + i),
            phone: `090-0000-${String(i).padStart(4, '0')}`
          }
        })
      )
    )
    const before = structuredClone(rows)
    shareRepeatedStrings(rows)
    expect(rows).toEqual(before)
    expect(rows.map((r) => r.searchKeys)).toEqual(before.map((r) => r.searchKeys))
  })
})
