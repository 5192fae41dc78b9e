import { describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import {
  DomainError,
  applyRequestEvent,
  createRequest,
  getRequest,
  updateIntake
} from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { MANAGER, RECEPTION, makeIntake, seedStaff } from '../requestFixtures'

/** A fresh database with a controllable clock (default 2026-11-25 10:00 in Japan). */
async function setup(iso = '2026-11-25T01:00:00.000Z'): Promise<{ ctx: DbContext; clock: { now: Date } }> {
  const clock = { now: new Date(iso) }
  const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => clock.now)
  await seedStaff(ctx)
  return { ctx, clock }
}

const create = (ctx: DbContext, o: Parameters<typeof makeIntake>[0] = {}) =>
  createRequest(ctx, RECEPTION, makeIntake(o), DEFAULT_DEADLINE_RULE)

async function stored(ctx: DbContext, id: string): Promise<RequestRecord> {
  const r = await getRequest(ctx, id)
  if (!r) throw new Error(`request ${id} not stored`)
  return r
}

describe('受付番号', () => {
  it('numbers requests 2026-0001, 2026-0002, … in the order they are taken', async () => {
    const { ctx } = await setup()
    const numbers = []
    for (let i = 0; i < 3; i++) numbers.push((await create(ctx)).receiptNo)
    expect(numbers).toEqual(['2026-0001', '2026-0002', '2026-0003'])
  })

  it('gives 30 simultaneous saves 30 distinct consecutive numbers', async () => {
    const { ctx } = await setup()
    const created = await Promise.all(Array.from({ length: 30 }, () => create(ctx)))
    const numbers = created.map((r) => r.receiptNo).sort()
    expect(new Set(numbers).size).toBe(30)
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`))
    expect(await ctx.db.requests.count()).toBe(30)
  })

  it('never reuses a number, even when the newest request row is gone', async () => {
    const { ctx } = await setup()
    await create(ctx)
    const newest = await create(ctx)
    await ctx.db.requests.delete(newest.id)
    expect((await create(ctx)).receiptNo).toBe('2026-0003')
  })

  it('switches year at midnight Japan time, not UTC', async () => {
    const { ctx, clock } = await setup('2026-12-31T14:59:59.000Z')
    expect((await create(ctx, { receivedOn: '2026-12-31' })).receiptNo).toBe('2026-0001')
    clock.now = new Date('2026-12-31T15:00:00.000Z') // 2027-01-01 00:00 in Tokyo
    expect((await create(ctx, { receivedOn: '2026-12-31' })).receiptNo).toBe('2027-0001')
    expect((await create(ctx, { receivedOn: '2026-12-31' })).receiptNo).toBe('2027-0002')
  })
})

describe('createRequest', () => {
  it('starts at 受付 with the target and statutory dates 14 days after receipt', async () => {
    const { ctx } = await setup()
    const r = await create(ctx, { receivedOn: '2026-11-20' })
    expect(r).toMatchObject({
      status: 'received',
      dueOn: '2026-12-04',
      statutoryOn: '2026-12-04',
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      createdBy: RECEPTION.id
    })
    expect(r.createdAt).toBe('2026-11-25T01:00:00.000Z')
    expect(await stored(ctx, r.id)).toEqual(r)
  })

  it('audits every creation with the number it used, and the chain verifies', async () => {
    const { ctx } = await setup()
    const a = await create(ctx)
    const b = await create(ctx)
    const entries = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').toArray()
    expect(entries.map((e) => [e.action, e.summary])).toEqual([
      ['number:issue', `受付番号 ${a.receiptNo} を採番`],
      ['request:create', `受付 ${a.receiptNo}`],
      ['number:issue', `受付番号 ${b.receiptNo} を採番`],
      ['request:create', `受付 ${b.receiptNo}`]
    ])
    expect(entries.filter((e) => e.action === 'request:create').map((e) => e.entityId)).toEqual([a.id, b.id])
    expect(entries.every((e) => e.actorId === RECEPTION.id)).toBe(true)
    expect(await verifyAuditChain(ctx)).toEqual({ checked: 4, devices: 1, problems: [] })
  })
})

describe('applyRequestEvent', () => {
  it('writes the change and an audit entry listing the changed fields', async () => {
    const { ctx, clock } = await setup()
    const r = await create(ctx)
    clock.now = new Date('2026-11-26T02:00:00.000Z')
    const next = await applyRequestEvent(ctx, RECEPTION, r.id, {
      type: 'recordIdentity',
      check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
    })
    expect(next.status).toBe('investigating')
    expect(await stored(ctx, r.id)).toEqual(next)
    const last = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
    expect(last).toMatchObject({
      action: 'request:recordIdentity',
      entityId: r.id,
      at: '2026-11-26T02:00:00.000Z',
      actorId: RECEPTION.id
    })
    const changes = (last?.payload as { changes: { path: string; before: unknown; after: unknown }[] }).changes
    expect(changes.map((c) => c.path).sort()).toEqual(['identity', 'status'])
    expect(changes.find((c) => c.path === 'status')).toEqual({
      path: 'status',
      before: 'received',
      after: 'investigating'
    })
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
  })

  it('a refused transition throws a DomainError and changes nothing', async () => {
    const { ctx } = await setup()
    const r = await create(ctx)
    const auditBefore = await ctx.db.audit.count()
    const attempt = applyRequestEvent(ctx, MANAGER, r.id, { type: 'approve', comment: '' })
    await expect(attempt).rejects.toBeInstanceOf(DomainError)
    await expect(attempt).rejects.toThrow('「受付」の請求にはこの操作はできません。')
    expect(await stored(ctx, r.id)).toEqual(r)
    expect(await ctx.db.audit.count()).toBe(auditBefore)
  })

  it('a request that does not exist is reported in Japanese', async () => {
    const { ctx } = await setup()
    await expect(applyRequestEvent(ctx, RECEPTION, 'nope', { type: 'close' })).rejects.toThrow('請求が見つかりません')
  })
})

describe('tampering with the audit trail', () => {
  async function withHistory() {
    const { ctx } = await setup()
    const r = await create(ctx)
    await create(ctx)
    await applyRequestEvent(ctx, RECEPTION, r.id, { type: 'hold', reason: '書類待ち' })
    const entries = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').toArray()
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
    return { ctx, entries }
  }

  it('a changed summary is reported', async () => {
    const { ctx, entries } = await withHistory()
    const target = entries[1]
    if (!target) throw new Error('no entry')
    await ctx.db.audit.put({ ...target, summary: '受付 2026-9999' })
    const report = await verifyAuditChain(ctx)
    expect(report.problems.map((p) => p.deviceSeq)).toContain(target.deviceSeq)
  })

  it('a deleted entry is reported', async () => {
    const { ctx, entries } = await withHistory()
    const target = entries[2]
    if (!target) throw new Error('no entry')
    await ctx.db.audit.delete(target.id)
    const report = await verifyAuditChain(ctx)
    expect(report.checked).toBe(entries.length - 1)
    expect(report.problems.length).toBeGreaterThan(0)
  })
})

describe('updateIntake', () => {
  it('audits a correction with the fields that changed, and recomputes the dates from a new received date', async () => {
    const { ctx } = await setup()
    const r = await create(ctx, { receivedOn: '2026-11-20' })
    const auditBefore = await ctx.db.audit.count()
    const fixed = makeIntake({ receivedOn: '2026-11-18', person: { ...makeIntake().person, phone: '03-9999-0000' } })
    const next = await updateIntake(ctx, RECEPTION, r.id, fixed, DEFAULT_DEADLINE_RULE)
    expect(next).toMatchObject({
      receiptNo: r.receiptNo,
      receivedOn: '2026-11-18',
      dueOn: '2026-12-02',
      statutoryOn: '2026-12-02'
    })
    expect(await ctx.db.audit.count()).toBe(auditBefore + 1)
    const last = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
    const paths = (last?.payload as { changes: { path: string }[] }).changes.map((c) => c.path).sort()
    expect(last?.action).toBe('request:update')
    expect(paths).toEqual(['dueOn', 'person.phone', 'receivedOn', 'statutoryOn'])
  })

  it('writes no audit entry when nothing changed', async () => {
    const { ctx } = await setup()
    const r = await create(ctx)
    const auditBefore = await ctx.db.audit.count()
    const same = await updateIntake(ctx, RECEPTION, r.id, makeIntake(), DEFAULT_DEADLINE_RULE)
    expect(same).toEqual(r)
    expect(await ctx.db.audit.count()).toBe(auditBefore)
    expect(await stored(ctx, r.id)).toEqual(r)
  })

  it('updates the search keys when the name is corrected', async () => {
    const { ctx } = await setup()
    const r = await create(ctx)
    const next = await updateIntake(
      ctx,
      RECEPTION,
      r.id,
      makeIntake({ person: { ...makeIntake().person, name: '山田 次郎', nameKana: 'ヤマダ ジロウ' } }),
      DEFAULT_DEADLINE_RULE
    )
    expect(next.searchKeys).toContain('ジロウ')
    expect(next.searchKeys).not.toContain('タロウ')
  })

  it('once a decision exists, refuses a correction without a reason and keeps the reason with before/after', async () => {
    const { ctx } = await setup()
    const r = await create(ctx)
    await ctx.db.requests.update(r.id, { decision: { ...makeDecisionStub(), staffId: MANAGER.id } })
    const fixed = makeIntake({ person: { ...makeIntake().person, name: '山田 太朗' } })
    await expect(updateIntake(ctx, RECEPTION, r.id, fixed, DEFAULT_DEADLINE_RULE)).rejects.toThrow(
      '決定後の修正です。修正の理由を入力してください。'
    )
    await updateIntake(ctx, RECEPTION, r.id, fixed, DEFAULT_DEADLINE_RULE, '氏名の誤記(保険証で確認)')
    const last = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
    expect(last?.summary).toBe('受付内容を修正(氏名)')
    expect(last?.payload).toMatchObject({
      changes: [{ path: 'person.name', before: '山田 太郎', after: '山田 太朗' }],
      reason: '氏名の誤記(保険証で確認)'
    })
  })
})

describe('rows written before the requester had contact details', () => {
  it('are read with empty 〒, address, phone and mail filled in', async () => {
    const { ctx } = await setup()
    const r = await create(ctx)
    const old = { ...r, requester: { type: 'self', agentName: '', agentKana: '', relation: '' } }
    await ctx.db.requests.put(old as unknown as RequestRecord)
    expect((await stored(ctx, r.id)).requester).toEqual({
      type: 'self',
      agentName: '',
      agentKana: '',
      relation: '',
      postalCode: '',
      address: '',
      phone: '',
      email: ''
    })
  })
})

function makeDecisionStub() {
  return {
    outcome: 'fullDisclosure' as const,
    groundIds: [],
    reason: '',
    withheldParts: '',
    actionTaken: '',
    methodChangedToPaper: false,
    methodChangeReason: '',
    disclosureDate: '',
    staffName: MANAGER.name,
    at: '2026-11-25T01:00:00.000Z'
  }
}
