// The workflow's rules as the state machine holds them, whatever screen or import calls it.
import { describe, expect, it } from 'vitest'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { applyEvent, type RequestEvent } from '../../../src/renderer/src/domain/stateMachine'
import { MANAGER, RECEPTION, makeRecord } from '../requestFixtures'

const NOW = '2026-11-25T02:00:00.000Z'
const stamp = { staffId: MANAGER.id, staffName: MANAGER.name, at: NOW }
const approved = makeRecord({
  status: 'approved',
  approval: { ...stamp, comment: '' }
})

type Check = Extract<RequestEvent, { type: 'recordIdentity' }>['check']
const check = (o: Partial<Check>): RequestEvent => ({
  type: 'recordIdentity',
  check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '', ...o }
})

describe('確認済 only when the documents suffice for the channel and requester', () => {
  it.each<[string, Partial<Check>, string | null]>([
    ['a photo ID at the counter', {}, null],
    ['two non-photo documents at the counter', { documents: ['healthInsurance', 'pensionBook'] }, null],
    ['no documents', { documents: [] }, '書類が足りない'],
    ['one non-photo document', { documents: ['healthInsurance'] }, '書類が足りない'],
    ['a document id not in the catalogue', { documents: ['driversLicense', 'madeUp'] }, '一覧にない本人確認書類'],
    ['no record of how the documents were checked', { method: null }, '確認した方法'],
    ['by post without the 住民票 original', { method: 'post' }, '住民票の写しの原本'],
    ['by post with photo ID and 住民票', { method: 'post', documents: ['driversLicense', 'residentRecord'] }, null],
    ['不備あり with no documents', { documents: [], result: 'incomplete' }, null],
    ['確認不可 without the reason', { documents: [], result: 'failed' }, '理由'],
    ['an unknown id even for 不備あり', { documents: ['x'], result: 'incomplete' }, '一覧にない']
  ])('%s', (_, o, refusal) => {
    const result = applyEvent(makeRecord(), check(o), RECEPTION, NOW)
    if (refusal === null) expect(result.ok).toBe(true)
    else expect(result).toMatchObject({ ok: false, message: expect.stringContaining(refusal) as unknown })
  })

  it('a voluntary agent needs the 委任状 and their own ID besides the person’s', () => {
    const agentRecord = makeRecord({
      requester: {
        type: 'voluntaryAgent',
        agentName: '山田 花子',
        agentKana: 'ヤマダ ハナコ',
        relation: '妻',
        postalCode: '',
        address: '',
        phone: '',
        email: ''
      }
    })
    expect(applyEvent(agentRecord, check({}), RECEPTION, NOW)).toMatchObject({ ok: false })
    const enough = check({ documents: ['driversLicense', 'powerOfAttorney', 'agentId'] })
    expect(applyEvent(agentRecord, enough, RECEPTION, NOW).ok).toBe(true)
  })
})

describe('every end state sets closedOn and keeps the reason typed in its history', () => {
  const ended = (record: RequestRecord, event: RequestEvent): RequestRecord => {
    const r = applyEvent(record, event, RECEPTION, NOW)
    if (!r.ok) throw new Error(r.message)
    return r.next
  }
  it.each<[string, RequestRecord, RequestEvent, string, string | null]>([
    [
      '本人確認不可 (from any open state)',
      makeRecord({ status: 'investigating' }),
      { type: 'markIdentityFailed', reason: '書類が届かない' },
      'identityFailed',
      '書類が届かない'
    ],
    [
      '確認不可 recorded at the check',
      makeRecord(),
      check({ documents: [], result: 'failed', note: '写真と本人が違う' }),
      'identityFailed',
      '写真と本人が違う'
    ],
    ['取下げ', makeRecord(), { type: 'withdraw', reason: '電話で取下げ' }, 'withdrawn', '電話で取下げ'],
    ['完了', makeRecord({ status: 'notified' }), { type: 'close' }, 'closed', null]
  ])('%s', (_, record, event, status, reason) => {
    const next = ended(record, event)
    expect(next).toMatchObject({ status, closedOn: NOW, heldFrom: null })
    if (reason !== null) expect(next.history.at(-1)).toMatchObject({ reason, staffName: RECEPTION.name })
  })

  it('keeps the typed reason out of the audit summary (the purge blanks payloads, never the hashed summary)', () => {
    const r = applyEvent(makeRecord(), { type: 'withdraw', reason: '電話で取下げ' }, RECEPTION, NOW)
    expect(r.ok && r.summary).toBe('取下げ')
  })
})

describe('通知済 only through a letter, dated today or earlier', () => {
  const notice = (o: Partial<{ letterId: string; issuedOn: string }>): RequestEvent => ({
    type: 'issueLetter',
    notice: { letterId: 'letter-1', issuedOn: '2026-11-25', sentBy: 'post', ...o }
  })
  it.each<[string, RequestEvent, string | null]>([
    ['a letter issued today', notice({}), null],
    ['a letter dated before today', notice({ issuedOn: '2026-11-21' }), null],
    ['no letter', notice({ letterId: '' }), '通知書を発行'],
    ['a 発行日 tomorrow', notice({ issuedOn: '2026-11-26' }), '未来の日付'],
    ['a 発行日 before receipt', notice({ issuedOn: '2026-11-19' }), '受付日以降'],
    ['a 発行日 that is no date', notice({ issuedOn: '2026-02-30' }), 'YYYY-MM-DD']
  ])('%s', (_, event, refusal) => {
    const result = applyEvent(approved, event, RECEPTION, NOW)
    if (refusal === null) expect(result).toMatchObject({ ok: true, next: { status: 'notified' } })
    else expect(result).toMatchObject({ ok: false, message: expect.stringContaining(refusal) as unknown })
  })
})
