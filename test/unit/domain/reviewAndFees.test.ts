import { describe, expect, it } from 'vitest'
import { needsCommitteeReview } from '../../../src/renderer/src/domain/decisionRules'
import type { OutcomeId } from '../../../src/renderer/src/domain/outcomes'
import type { ProcedureVersion } from '../../../src/renderer/src/domain/records/procedure'
import { requestRecordSchema } from '../../../src/renderer/src/domain/records/request'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { requestRowHash } from '../../../src/renderer/src/domain/requestHash'
import { restoreSettings } from '../../../src/renderer/src/domain/settings'
import { applyEvent, type TransitionResult } from '../../../src/renderer/src/domain/stateMachine'
import { MANAGER, RECEPTION, makeDecision, makeRecord } from '../requestFixtures'

const NOW = '2026-11-25T02:00:00.000Z'
const stamp = { staffId: RECEPTION.id, staffName: RECEPTION.name, at: '2026-11-21T01:00:00.000Z' }
const ok = (r: TransitionResult): RequestRecord => {
  if (!r.ok) throw new Error(r.message)
  return r.next
}
const refused = (r: TransitionResult): string => {
  if (r.ok) throw new Error(`expected a refusal, got ${r.next.status}`)
  return r.message
}

const draft = (
  outcome: OutcomeId,
  categories: RequestRecord['dataCategories'],
  kind: RequestRecord['kind'] = 'disclosure'
) =>
  makeRecord({
    kind,
    status: 'awaitingApproval',
    dataCategories: categories,
    investigation: { ...stamp, searched: 'カルテ', found: 'あり', doctorOpinion: '支障あり', doctorName: '田中' },
    decision: { ...makeDecision({ outcome, reason: '理由', groundIds: [], withheldParts: '一部' }), ...stamp }
  })

describe('the 検討委員会 before withholding medical records (医政医発0720第2号)', () => {
  // outcome, data asked about, kind, review needed
  const cases: [OutcomeId, RequestRecord['dataCategories'], RequestRecord['kind'], boolean][] = [
    ['nonDisclosure', ['medicalRecord'], 'disclosure', true],
    ['partialDisclosure', ['medicalRecord', 'appointments'], 'disclosure', true],
    ['fullDisclosure', ['medicalRecord'], 'disclosure', false],
    ['noData', ['medicalRecord'], 'disclosure', false],
    ['nonDisclosure', ['appointments'], 'disclosure', false],
    ['notProvided', ['medicalRecord'], 'bereaved', true],
    ['partiallyProvided', ['medicalRecord'], 'bereaved', true],
    ['provided', ['medicalRecord'], 'bereaved', false]
  ]
  it.each(cases)('%s of %j (%s) needs the review: %s', (outcome, categories, kind, needed) => {
    expect(needsCommitteeReview(draft(outcome, categories, kind), true)).toBe(needed)
    expect(needsCommitteeReview(draft(outcome, categories, kind), false)).toBe(false)
  })

  const review = {
    heldOn: '2026-11-24',
    members: '院長、事務長、主治医',
    conclusion: '一部不開示は妥当',
    explanationOffered: false
  }

  it('a manager cannot approve before the review is recorded, and can after', () => {
    const r = draft('partialDisclosure', ['medicalRecord'])
    expect(refused(applyEvent(r, { type: 'approve', comment: '' }, MANAGER, NOW))).toContain('検討委員会')
    const reviewed = ok(applyEvent(r, { type: 'recordReview', review }, RECEPTION, NOW))
    expect(reviewed.status).toBe('awaitingApproval')
    expect(reviewed.committeeReview).toMatchObject({ ...review, staffId: RECEPTION.id, at: NOW })
    expect(ok(applyEvent(reviewed, { type: 'approve', comment: '' }, MANAGER, NOW)).status).toBe('approved')
  })

  it('approves without a review when the setting is off', () => {
    const r = draft('nonDisclosure', ['medicalRecord'])
    const env = { committeeReview: false, procedure: null }
    expect(ok(applyEvent(r, { type: 'approve', comment: '' }, MANAGER, NOW, env)).status).toBe('approved')
  })

  it('never requires the doctor’s explanation to have been taken up', () => {
    const r = draft('nonDisclosure', ['medicalRecord'])
    const reviewed = ok(
      applyEvent(r, { type: 'recordReview', review: { ...review, explanationOffered: false } }, MANAGER, NOW)
    )
    expect(reviewed.committeeReview?.explanationOffered).toBe(false)
  })

  // what is wrong, the message
  const bad: [Partial<typeof review>, string][] = [
    [{ heldOn: '2026-11-31' }, '開催日を YYYY-MM-DD'],
    [{ heldOn: '2026-11-26' }, '未来の日付'],
    [{ heldOn: '2026-11-20' }, '提出日以降'],
    [{ members: '  ' }, '出席者'],
    [{ conclusion: '' }, '結論']
  ]
  it.each(bad)('refuses a review with %j', (change, message) => {
    const r = draft('nonDisclosure', ['medicalRecord'])
    expect(refused(applyEvent(r, { type: 'recordReview', review: { ...review, ...change } }, MANAGER, NOW))).toContain(
      message
    )
  })

  it('is not recorded for a decision that withholds nothing', () => {
    const r = draft('fullDisclosure', ['medicalRecord'])
    expect(refused(applyEvent(r, { type: 'recordReview', review }, MANAGER, NOW))).toContain('対象ではありません')
  })

  it('a new draft after a send-back is reviewed afresh', () => {
    const reviewed = ok(
      applyEvent(draft('nonDisclosure', ['medicalRecord']), { type: 'recordReview', review }, MANAGER, NOW)
    )
    const sentBack = ok(applyEvent(reviewed, { type: 'sendBack', comment: '再検討' }, MANAGER, NOW))
    const again = ok(
      applyEvent(
        sentBack,
        {
          type: 'submitDecision',
          decision: makeDecision({ outcome: 'nonDisclosure', reason: '支障', groundIds: ['nonDisclosure-1'] })
        },
        RECEPTION,
        NOW
      )
    )
    expect(again.committeeReview).toBeNull()
    expect(refused(applyEvent(again, { type: 'approve', comment: '' }, MANAGER, NOW))).toContain('検討委員会')
  })

  it('is on by default, and settings saved before it existed keep their other records settings', () => {
    expect(restoreSettings({ records: { preliminaryReportDays: 5 } }).records).toEqual({
      preliminaryReportDays: 5,
      committeeReview: true
    })
  })
})

const version: ProcedureVersion = {
  id: 'proc-2',
  clinicId: 'c',
  deviceId: 'd',
  effectiveFrom: '2026-04-01',
  whereToApply: '',
  forms: '',
  identityDocs: '',
  feePayment: '',
  fees: { perRequest: 1000, perPageBw: 10, perPageColour: 50, perDisc: 300, postage: 140, explanationPer30Min: 3000 },
  methods: ['paper'],
  complaintWindow: '',
  createdAt: NOW,
  updatedAt: NOW
}
const basis = { pagesBw: 20, pagesColour: 2, discs: 1, mailed: true, explanationMinutes: 0 }

describe('the fee on a decision (APPI 38条)', () => {
  const investigating = makeRecord({ status: 'investigating', receivedOn: '2026-11-20' })
  const submit = (r: RequestRecord, feeBasis: typeof basis | undefined, procedure: ProcedureVersion | null) =>
    applyEvent(
      r,
      { type: 'submitDecision', decision: { ...makeDecision(), ...(feeBasis ? { feeBasis } : {}) } },
      RECEPTION,
      NOW,
      { committeeReview: true, procedure }
    )

  it('is computed from the version in force on the 受付日, naming it', () => {
    const next = ok(submit(investigating, basis, version))
    expect(next.decision?.fee).toEqual({
      procedureId: 'proc-2',
      effectiveFrom: '2026-04-01',
      lines: [
        { label: '手数料(1件)', amount: 1000 },
        { label: '写し 白黒 20枚', amount: 200 },
        { label: '写し カラー 2枚', amount: 100 },
        { label: '記録媒体 1枚', amount: 300 },
        { label: '郵送料', amount: 140 }
      ],
      total: 1740
    })
  })

  it('ignores a total typed in by hand', () => {
    const typed = { procedureId: 'x', effectiveFrom: '2026-01-01', lines: [], total: 1 }
    const next = ok(
      applyEvent(
        investigating,
        { type: 'submitDecision', decision: { ...makeDecision(), feeBasis: basis, fee: typed } },
        RECEPTION,
        NOW,
        { committeeReview: true, procedure: version }
      )
    )
    expect(next.decision?.fee?.total).toBe(1740)
  })

  it('leaves the fee set at intake when no procedure version was in force on the 受付日', () => {
    const next = ok(submit(investigating, basis, null))
    expect(next.decision?.fee).toBeUndefined()
    expect(next.fee).toBe(investigating.fee)
  })

  it('is never charged for a kind the law gives free (訂正等)', () => {
    const correction = makeRecord({ status: 'investigating', kind: 'correction', fee: null, dataCategories: [] })
    const next = ok(
      applyEvent(
        correction,
        {
          type: 'submitDecision',
          decision: makeDecision({ outcome: 'done', actionTaken: '住所を訂正', feeBasis: basis })
        },
        RECEPTION,
        NOW,
        { committeeReview: true, procedure: version }
      )
    )
    expect(next.decision?.fee).toBeUndefined()
    expect(next.decision?.feeBasis).toBeUndefined()
  })

  it('a decision without counts records no fee (as before fees were computed)', () => {
    const next = ok(submit(investigating, undefined, version))
    expect(next.decision && 'fee' in next.decision).toBe(false)
  })

  const approved = makeRecord({ status: 'approved', receivedOn: '2026-11-20' })
  const receipt = { receivedOn: '2026-11-25', amount: 1740, paidBy: 'cash' as const, note: '' }

  it('is recorded as received: date, amount and how', () => {
    const next = ok(applyEvent(approved, { type: 'recordFeeReceipt', receipt }, RECEPTION, NOW))
    expect(next.feeReceipt).toMatchObject({ ...receipt, staffId: RECEPTION.id, at: NOW })
    expect(next.status).toBe('approved')
  })

  const badReceipts: [Partial<typeof receipt>, string][] = [
    [{ amount: 0 }, '1円以上'],
    [{ amount: 10.5 }, '1円以上'],
    [{ receivedOn: '2026-11-19' }, '受付日以降'],
    [{ receivedOn: '2026-11-26' }, '未来'],
    [{ receivedOn: '2026/11/25' }, 'YYYY-MM-DD']
  ]
  it.each(badReceipts)('refuses a receipt with %j', (change, message) => {
    expect(
      refused(applyEvent(approved, { type: 'recordFeeReceipt', receipt: { ...receipt, ...change } }, RECEPTION, NOW))
    ).toContain(message)
  })

  it('rows stored before fees and reviews existed parse and hash as they did', () => {
    const old = makeRecord({ decision: { ...makeDecision(), ...stamp } })
    const parsed = requestRecordSchema.parse(old)
    expect(requestRowHash(parsed)).toBe(requestRowHash(old))
    expect('feeReceipt' in parsed || 'committeeReview' in parsed).toBe(false)
  })
})
