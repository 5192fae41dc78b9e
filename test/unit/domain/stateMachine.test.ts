import { describe, expect, it } from 'vitest'
import { groundsOf } from '../../../src/renderer/src/domain/grounds'
import { decisionGroundSet } from '../../../src/renderer/src/domain/decisionRules'
import { OUTCOMES } from '../../../src/renderer/src/domain/outcomes'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import {
  canApplyTo,
  applyEvent,
  isOverdue,
  type RequestEvent,
  type TransitionResult
} from '../../../src/renderer/src/domain/stateMachine'
import { STATUS_IDS, statusLabel, type StatusId } from '../../../src/renderer/src/domain/status'
import { MANAGER, RECEPTION, makeDecision, makeRecord } from '../requestFixtures'

const NOW = '2026-11-25T02:00:00.000Z'
const stamp = { staffId: RECEPTION.id, staffName: RECEPTION.name, at: '2026-11-21T01:00:00.000Z' }

/** One valid event of each type, so that only the status decides whether it is allowed. */
const EVENTS: Record<RequestEvent['type'], RequestEvent> = {
  recordIdentity: {
    type: 'recordIdentity',
    check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
  },
  skipIdentity: { type: 'skipIdentity' },
  markIdentityFailed: { type: 'markIdentityFailed', reason: '書類の提出がない' },
  saveInvestigation: {
    type: 'saveInvestigation',
    investigation: { searched: '予約システム', found: '予約履歴3件', doctorOpinion: '', doctorName: '' }
  },
  submitDecision: {
    type: 'submitDecision',
    decision: makeDecision({ outcome: 'answered', actionTaken: '電話で回答' })
  },
  recordReview: {
    type: 'recordReview',
    review: { heldOn: '2026-11-24', members: '院長、事務長', conclusion: '不開示は妥当', explanationOffered: true }
  },
  approve: { type: 'approve', comment: '' },
  recordFeeReceipt: {
    type: 'recordFeeReceipt',
    receipt: { receivedOn: '2026-11-25', amount: 300, paidBy: 'cash', note: '' }
  },
  sendBack: { type: 'sendBack', comment: '理由を具体的に' },
  issueLetter: { type: 'issueLetter', notice: { letterId: 'letter-1', issuedOn: '2026-11-25', sentBy: 'post' } },
  close: { type: 'close' },
  withdraw: { type: 'withdraw', reason: '11/24 電話で取下げの申出' },
  hold: { type: 'hold', reason: '委任状の到着待ち' },
  resume: { type: 'resume' },
  extend: { type: 'extend', toDate: '2026-12-20', reason: '調査対象が多いため' }
}

/** Where each event may start (SPEC.md "Life of a request"); ends are reachable from every open state. */
const OPEN_NOT_HELD: StatusId[] = ['received', 'identityPending', 'investigating', 'awaitingApproval', 'approved']
const ALLOWED_FROM: Record<RequestEvent['type'], StatusId[]> = {
  recordIdentity: ['received', 'identityPending'],
  skipIdentity: ['received'],
  markIdentityFailed: [...OPEN_NOT_HELD, 'onHold'],
  saveInvestigation: ['investigating'],
  submitDecision: ['investigating'],
  recordReview: ['awaitingApproval'],
  approve: ['awaitingApproval'],
  recordFeeReceipt: ['approved', 'notified', 'closed'],
  sendBack: ['awaitingApproval'],
  issueLetter: ['approved'],
  close: ['notified'],
  withdraw: [...OPEN_NOT_HELD, 'onHold'],
  hold: OPEN_NOT_HELD,
  resume: ['onHold'],
  extend: [...OPEN_NOT_HELD, 'onHold']
}

/** An inquiry (no identity needed) in the given status, with what that status implies already on file. */
function inStatus(status: StatusId): RequestRecord {
  const decided = ['awaitingApproval', 'approved', 'notified', 'closed'].includes(status)
  return makeRecord({
    kind: 'inquiry',
    dataCategories: [],
    disclosureMethod: null,
    fee: null,
    status,
    heldFrom: status === 'onHold' ? 'investigating' : null,
    decision: decided ? { ...makeDecision({ outcome: 'answered', actionTaken: '回答' }), ...stamp } : null,
    approval: ['approved', 'notified', 'closed'].includes(status)
      ? { ...stamp, staffId: MANAGER.id, comment: '' }
      : null
  })
}

/** A disclosure of the medical record that a draft would partly withhold: the 検討委員会 reviews it. */
function withholdingMedical(status: StatusId): RequestRecord {
  const r = inStatus(status)
  return {
    ...r,
    kind: 'disclosure',
    dataCategories: ['medicalRecord'],
    decision: r.decision && { ...r.decision, outcome: 'partialDisclosure' }
  }
}

function expectOk(result: TransitionResult): RequestRecord {
  if (!result.ok) throw new Error(`expected the transition to be allowed, got: ${result.message}`)
  return result.next
}

function expectRefused(result: TransitionResult): string {
  if (result.ok) throw new Error(`expected a refusal, got status ${result.next.status}`)
  return result.message
}

describe('which events each status allows', () => {
  const cases = STATUS_IDS.flatMap((status) =>
    (Object.keys(EVENTS) as RequestEvent['type'][]).map(
      (type) => [type, status, ALLOWED_FROM[type].includes(status)] as const
    )
  )
  it.each(cases)('%s from %s → allowed: %s', (type, status, allowed) => {
    // Ending for failed identity applies only to kinds that ask for an identity check.
    const record =
      type === 'markIdentityFailed' || type === 'recordFeeReceipt'
        ? { ...inStatus(status), kind: 'disclosure' as const }
        : type === 'recordReview'
          ? withholdingMedical(status)
          : inStatus(status)
    const result = applyEvent(record, EVENTS[type], MANAGER, NOW)
    if (allowed) {
      const next = expectOk(result)
      expect(next.updatedAt).toBe(NOW)
      expect(next.updatedBy).toBe(MANAGER.id)
    } else {
      expect(expectRefused(result)).toContain(`「${statusLabel(status)}」`)
    }
  })

  it('an inquiry, which needs no identity check, is never ended as 本人確認不可 nor offered it', () => {
    const result = applyEvent(inStatus('received'), EVENTS.markIdentityFailed, MANAGER, NOW)
    expect(expectRefused(result)).toBe('この種別の請求にはこの操作はできません。')
    expect(canApplyTo(inStatus('received'), 'markIdentityFailed')).toBe(false)
    expect(canApplyTo({ status: 'received', kind: 'disclosure' }, 'markIdentityFailed')).toBe(true)
  })

  it('closed, withdrawn and identity-failed requests accept nothing at all but the fee as received', () => {
    for (const status of ['closed', 'withdrawn', 'identityFailed'] as const) {
      for (const event of Object.values(EVENTS).filter((e) => e.type !== 'recordFeeReceipt'))
        expect(applyEvent(inStatus(status), event, MANAGER, NOW).ok).toBe(false)
    }
  })
})

describe('identity check', () => {
  it.each([
    ['verified', 'investigating'],
    ['incomplete', 'identityPending'],
    ['failed', 'identityFailed']
  ] as const)('result %s moves the request to %s and stamps who checked', (result, status) => {
    const next = expectOk(
      applyEvent(
        makeRecord(),
        {
          type: 'recordIdentity',
          check: { method: 'counter', documents: ['passport'], result, note: '写真と本人が違う' }
        },
        RECEPTION,
        NOW
      )
    )
    expect(next.status).toBe(status)
    expect(next.identity).toMatchObject({
      result,
      method: 'counter',
      documents: ['passport'],
      staffId: RECEPTION.id,
      staffName: RECEPTION.name,
      at: NOW
    })
  })

  it('a pending check can be completed once the missing document arrives', () => {
    const next = expectOk(applyEvent(makeRecord({ status: 'identityPending' }), EVENTS.recordIdentity, RECEPTION, NOW))
    expect(next.status).toBe('investigating')
  })

  it('may be skipped only for complaints and inquiries', () => {
    for (const kind of ['complaint', 'inquiry'] as const) {
      expect(expectOk(applyEvent(makeRecord({ kind }), EVENTS.skipIdentity, RECEPTION, NOW)).status).toBe(
        'investigating'
      )
    }
    for (const kind of [
      'purpose',
      'disclosure',
      'thirdPartyRecord',
      'correction',
      'suspension',
      'thirdPartyStop',
      'marketingOptOut',
      'bereaved'
    ] as const) {
      expect(expectRefused(applyEvent(makeRecord({ kind }), EVENTS.skipIdentity, RECEPTION, NOW))).toBe(
        'この種別は本人確認が必要です。'
      )
    }
  })
})

describe('submitting a decision', () => {
  const investigating = (o: Partial<RequestRecord> = {}) => makeRecord({ status: 'investigating', ...o })
  const submit = (r: RequestRecord, d: Parameters<typeof makeDecision>[0]) =>
    applyEvent(r, { type: 'submitDecision', decision: makeDecision(d) }, RECEPTION, NOW)

  it('a full disclosure goes to a manager for approval', () => {
    const next = expectOk(submit(investigating(), { outcome: 'fullDisclosure' }))
    expect(next.status).toBe('awaitingApproval')
    expect(next.decision).toMatchObject({ outcome: 'fullDisclosure', staffId: RECEPTION.id, at: NOW })
    expect(next.approval).toBeNull()
  })

  it('refuses non-disclosure without one of the policy grounds, or with a ground from another list', () => {
    const reason = '診療に支障があるため'
    expect(expectRefused(submit(investigating(), { outcome: 'nonDisclosure', reason }))).toContain(
      '事由を1つ以上選んでください'
    )
    const suspensionGround = groundsOf('suspension')[0]?.id ?? 'missing'
    expect(
      expectRefused(submit(investigating(), { outcome: 'nonDisclosure', reason, groundIds: [suspensionGround] }))
    ).toContain('事由')
    const ground = groundsOf('nonDisclosure')[1]?.id ?? 'missing'
    expect(expectOk(submit(investigating(), { outcome: 'nonDisclosure', reason, groundIds: [ground] })).status).toBe(
      'awaitingApproval'
    )
  })

  it('refuses an outcome the kind does not offer', () => {
    expect(expectRefused(submit(investigating({ kind: 'correction' }), { outcome: 'fullDisclosure' }))).toContain(
      '選べない決定'
    )
  })

  // APPI 36条: every decision not fully in the person's favour states its reason.
  const kindFor = {
    notNotify: 'purpose',
    partialDisclosure: 'disclosure',
    nonDisclosure: 'disclosure',
    noData: 'disclosure',
    alternative: 'suspension',
    notDone: 'correction',
    partiallyProvided: 'bereaved',
    notProvided: 'bereaved'
  } as const
  const unfavourable = OUTCOMES.filter((o) => !o.favourable)
  it('knows every unfavourable outcome', () => {
    expect(unfavourable.map((o) => o.id).sort()).toEqual(Object.keys(kindFor).sort())
  })
  it.each(unfavourable.map((o) => [o.id] as const))('%s without a reason is refused citing APPI 36条', (outcome) => {
    const kind = kindFor[outcome as keyof typeof kindFor]
    const set = decisionGroundSet(kind, outcome)
    const complete = {
      outcome,
      groundIds: set
        ? groundsOf(set.set)
            .slice(0, 1)
            .map((g) => g.id)
        : [],
      withheldParts: '検査結果の一部',
      actionTaken: '配信リストから除外'
    }
    const request = investigating({
      kind,
      requester:
        kind === 'bereaved'
          ? {
              type: 'bereaved',
              agentName: '山田 花子',
              agentKana: '',
              relation: '妻',
              postalCode: '',
              address: '',
              phone: '',
              email: ''
            }
          : makeRecord().requester
    })
    expect(expectRefused(submit(request, { ...complete, reason: '  ' }))).toContain('36条')
    expect(expectOk(submit(request, { ...complete, reason: '理由を記載' })).status).toBe('awaitingApproval')
  })

  it('refuses a partial disclosure that does not say which parts are withheld', () => {
    const d = {
      outcome: 'partialDisclosure' as const,
      reason: '第三者の情報を含むため',
      groundIds: ['nonDisclosure-1']
    }
    expect(expectRefused(submit(investigating(), d))).toContain('開示(提供)しない部分を記入してください')
    expect(expectOk(submit(investigating(), { ...d, withheldParts: '家族の連絡先' })).status).toBe('awaitingApproval')
  })

  it('refuses a decision about medical records before the attending doctor’s opinion is recorded', () => {
    const r = investigating({ dataCategories: ['medicalRecord', 'appointments'] })
    expect(expectRefused(submit(r, { outcome: 'fullDisclosure' }))).toContain('主治医の意見')
    const withEmptyOpinion = {
      ...r,
      investigation: { searched: '電子カルテ', found: '2020年以降', doctorOpinion: ' ', doctorName: '', ...stamp }
    }
    expect(expectRefused(submit(withEmptyOpinion, { outcome: 'fullDisclosure' }))).toContain('主治医の意見')
    const withOpinion = {
      ...r,
      investigation: { ...withEmptyOpinion.investigation, doctorOpinion: '開示に支障なし', doctorName: '田中医師' }
    }
    expect(expectOk(submit(withOpinion, { outcome: 'fullDisclosure' })).status).toBe('awaitingApproval')
  })
})

describe('approval', () => {
  const draftedBy = (author: typeof MANAGER) =>
    makeRecord({
      status: 'awaitingApproval',
      decision: { ...makeDecision(), staffId: author.id, staffName: author.name, at: NOW }
    })

  it('refuses approval and sending back by a reception login, even for its own draft', () => {
    expect(expectRefused(applyEvent(draftedBy(RECEPTION), EVENTS.approve, RECEPTION, NOW))).toContain('管理者')
    expect(expectRefused(applyEvent(draftedBy(MANAGER), EVENTS.approve, RECEPTION, NOW))).toContain('管理者')
    expect(expectRefused(applyEvent(draftedBy(RECEPTION), EVENTS.sendBack, RECEPTION, NOW))).toContain('管理者')
  })

  it('lets a manager approve, including a draft the manager wrote', () => {
    for (const author of [RECEPTION, MANAGER]) {
      const next = expectOk(applyEvent(draftedBy(author), { type: 'approve', comment: ' 確認済 ' }, MANAGER, NOW))
      expect(next.status).toBe('approved')
      expect(next.approval).toEqual({ staffId: MANAGER.id, staffName: MANAGER.name, at: NOW, comment: '確認済' })
    }
  })

  it('a manager sends back with a reason, which is kept in the history', () => {
    expect(expectRefused(applyEvent(draftedBy(RECEPTION), { type: 'sendBack', comment: ' ' }, MANAGER, NOW))).toContain(
      '理由'
    )
    const next = expectOk(applyEvent(draftedBy(RECEPTION), EVENTS.sendBack, MANAGER, NOW))
    expect(next.status).toBe('investigating')
    expect(next.history).toMatchObject([{ type: 'sendBack', reason: '理由を具体的に', staffId: MANAGER.id }])
  })

  it('issues a letter only after approval', () => {
    const drafted = expectOk(
      applyEvent(
        makeRecord({ status: 'investigating' }),
        { type: 'submitDecision', decision: makeDecision() },
        RECEPTION,
        NOW
      )
    )
    expect(applyEvent(drafted, EVENTS.issueLetter, MANAGER, NOW).ok).toBe(false)
    const approved = expectOk(applyEvent(drafted, EVENTS.approve, MANAGER, NOW))
    const notified = expectOk(applyEvent(approved, EVENTS.issueLetter, RECEPTION, NOW))
    expect(notified.status).toBe('notified')
    expect(notified.notice).toMatchObject({ letterId: 'letter-1', sentBy: 'post', staffId: RECEPTION.id })
    // An approved status without an approval on file (damaged data) still cannot issue.
    expect(expectRefused(applyEvent({ ...approved, approval: null }, EVENTS.issueLetter, MANAGER, NOW))).toContain(
      '承認前'
    )
  })
})

describe('hold, resume and extension', () => {
  it.each(OPEN_NOT_HELD.map((s) => [s] as const))(
    'a hold from %s remembers it and resume goes back there',
    (status) => {
      const held = expectOk(applyEvent(inStatus(status), EVENTS.hold, RECEPTION, NOW))
      expect(held.status).toBe('onHold')
      expect(held.heldFrom).toBe(status)
      const resumed = expectOk(applyEvent(held, EVENTS.resume, RECEPTION, NOW))
      expect(resumed.status).toBe(status)
      expect(resumed.heldFrom).toBeNull()
    }
  )

  it('a hold needs a reason', () => {
    expect(expectRefused(applyEvent(makeRecord(), { type: 'hold', reason: '  ' }, RECEPTION, NOW))).toContain(
      '保留の理由'
    )
  })

  it('an extension needs a later date and a reason, and leaves the statutory mark alone', () => {
    const r = makeRecord({ dueOn: '2026-12-04', statutoryOn: '2026-12-04' })
    expect(
      expectRefused(applyEvent(r, { type: 'extend', toDate: '2026-12-04', reason: '多忙' }, MANAGER, NOW))
    ).toContain('後の日付')
    expect(
      expectRefused(applyEvent(r, { type: 'extend', toDate: '2026-12-01', reason: '多忙' }, MANAGER, NOW))
    ).toContain('後の日付')
    expect(expectRefused(applyEvent(r, { type: 'extend', toDate: '2026-12-20', reason: '' }, MANAGER, NOW))).toContain(
      '理由'
    )
    for (const toDate of ['2026-12-99', '2026/12/20', 'next week']) {
      expect(expectRefused(applyEvent(r, { type: 'extend', toDate, reason: '多忙' }, MANAGER, NOW))).toContain(
        'YYYY-MM-DD'
      )
    }
    const next = expectOk(applyEvent(r, EVENTS.extend, MANAGER, NOW))
    expect(next.dueOn).toBe('2026-12-20')
    expect(next.statutoryOn).toBe('2026-12-04')
  })

  it('keeps every hold, resume and extension in the history, in order', () => {
    let r = makeRecord({ status: 'investigating' })
    r = expectOk(applyEvent(r, EVENTS.hold, RECEPTION, '2026-11-21T00:00:00.000Z'))
    r = expectOk(applyEvent(r, EVENTS.extend, MANAGER, '2026-11-22T00:00:00.000Z'))
    r = expectOk(applyEvent(r, EVENTS.resume, RECEPTION, '2026-11-23T00:00:00.000Z'))
    expect(r.status).toBe('investigating')
    expect(r.history).toEqual([
      {
        type: 'hold',
        reason: '委任状の到着待ち',
        fromDate: '',
        toDate: '',
        staffId: RECEPTION.id,
        staffName: RECEPTION.name,
        at: '2026-11-21T00:00:00.000Z'
      },
      {
        type: 'extend',
        reason: '調査対象が多いため',
        fromDate: '2026-12-04',
        toDate: '2026-12-20',
        staffId: MANAGER.id,
        staffName: MANAGER.name,
        at: '2026-11-22T00:00:00.000Z'
      },
      {
        type: 'resume',
        reason: '',
        fromDate: '',
        toDate: '',
        staffId: RECEPTION.id,
        staffName: RECEPTION.name,
        at: '2026-11-23T00:00:00.000Z'
      }
    ])
  })

  it('withdrawing a held request ends it and forgets the held status', () => {
    const held = expectOk(applyEvent(makeRecord(), EVENTS.hold, RECEPTION, NOW))
    const withdrawn = expectOk(applyEvent(held, EVENTS.withdraw, RECEPTION, NOW))
    expect(withdrawn).toMatchObject({ status: 'withdrawn', heldFrom: null, closedOn: NOW })
  })
})

describe('isOverdue', () => {
  const due = '2026-12-04'
  it('is not overdue on the due date itself, and is the day after', () => {
    expect(isOverdue({ status: 'investigating', dueOn: due }, '2026-12-04')).toBe(false)
    expect(isOverdue({ status: 'investigating', dueOn: due }, '2026-12-05')).toBe(true)
  })

  it('counts every open status, on hold included, and stops once notified or ended', () => {
    for (const status of [
      'received',
      'identityPending',
      'investigating',
      'awaitingApproval',
      'approved',
      'onHold'
    ] as const) {
      expect(isOverdue({ status, dueOn: due }, '2027-01-10'), status).toBe(true)
    }
    for (const status of ['notified', 'closed', 'withdrawn', 'identityFailed'] as const) {
      expect(isOverdue({ status, dueOn: due }, '2027-01-10'), status).toBe(false)
    }
  })
})

describe('grounds named in a decision', () => {
  const investigatingKind = (kind: RequestRecord['kind']) => makeRecord({ kind, status: 'investigating' })
  const submitted = (kind: RequestRecord['kind'], outcome: 'done' | 'alternative' | 'notDone', groundIds: string[]) =>
    applyEvent(
      investigatingKind(kind),
      {
        type: 'submitDecision',
        decision: makeDecision({ outcome, groundIds, reason: '理由', actionTaken: '配信停止を実施' })
      },
      MANAGER,
      '2026-11-26T01:00:00.000Z'
    )

  it('a suspension carried out names which of the policy grounds (1)–(9) apply', () => {
    const refused = submitted('suspension', 'done', [])
    expect(refused.ok).toBe(false)
    expect(submitted('suspension', 'done', ['suspension-4']).ok).toBe(true)
  })

  it('refuses a ground from another list, such as a non-disclosure ground on a suspension', () => {
    const result = submitted('thirdPartyStop', 'alternative', ['nonDisclosure-1'])
    expect(result.ok ? '' : result.message).toContain('選べない事由')
  })

  it('refusing to stop provision to others may cite the provision grounds (1)–(7), but need not', () => {
    expect(submitted('thirdPartyStop', 'notDone', ['thirdPartyProvision-7']).ok).toBe(true)
    expect(submitted('thirdPartyStop', 'notDone', []).ok).toBe(true)
  })

  it('ends a request as 本人確認不可 from any open state, with a reason', () => {
    const held = makeRecord({ status: 'onHold', heldFrom: 'identityPending' })
    expect(applyEvent(held, { type: 'markIdentityFailed', reason: ' ' }, MANAGER, '2026-11-26T01:00:00.000Z').ok).toBe(
      false
    )
    const ended = applyEvent(
      held,
      { type: 'markIdentityFailed', reason: '期限までに書類の提出なし' },
      MANAGER,
      '2026-11-26T01:00:00.000Z'
    )
    expect(ended.ok && ended.next.status).toBe('identityFailed')
  })
})
