import { describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { auditFor, verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { issueLetter, lettersFor, nextDocumentNo, recordReprint } from '../../../src/renderer/src/db/letters'
import { DomainError, applyRequestEvent, createRequest, getRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { MANAGER, RECEPTION, makeDecision, makeIntake, seedStaff } from '../requestFixtures'

async function setup(): Promise<DbContext> {
  const ctx = await openContext(
    new RegisterDb(`test-${crypto.randomUUID()}`),
    () => new Date('2026-11-25T01:00:00.000Z')
  )
  await seedStaff(ctx)
  return ctx
}

async function approvedRequest(ctx: DbContext): Promise<RequestRecord> {
  const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
  await applyRequestEvent(ctx, RECEPTION, r.id, {
    type: 'recordIdentity',
    check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
  })
  await applyRequestEvent(ctx, RECEPTION, r.id, {
    type: 'submitDecision',
    decision: makeDecision({ outcome: 'fullDisclosure' })
  })
  return applyRequestEvent(ctx, MANAGER, r.id, { type: 'approve', comment: '' })
}

const issue = {
  templateId: 'disclosureDecision' as const,
  issuedOn: '2026-11-25',
  sentBy: 'post' as const,
  output: 'print' as const
}

describe('issueLetter', () => {
  it('stores the letter as issued, moves the request to 通知済 and writes both audit entries', async () => {
    const ctx = await setup()
    const r = await approvedRequest(ctx)
    const letter = await issueLetter(ctx, RECEPTION, r.id, issue, DEFAULT_SETTINGS)
    expect(letter.documentNo).toBe('桜恵個第2026-0001-1号')
    expect(letter.content.title).toBe('開示決定通知書')
    expect(letter.content.dateText).toBe('令和8年11月25日')
    expect(letter).toMatchObject({
      requestId: r.id,
      sentBy: 'post',
      issuedBy: RECEPTION.id,
      reprintCount: 0,
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId
    })
    const after = await getRequest(ctx, r.id)
    expect(after?.status).toBe('notified')
    expect(after?.notice).toMatchObject({
      letterId: letter.id,
      issuedOn: '2026-11-25',
      sentBy: 'post',
      staffId: RECEPTION.id
    })
    const actions = (await auditFor(ctx, r.id)).map((e) => e.action)
    expect(actions.slice(-2)).toEqual(['request:issueLetter', 'letter:issue'])
    expect((await auditFor(ctx, r.id)).at(-1)?.summary).toBe('開示決定通知書を発行(印刷・郵送) 桜恵個第2026-0001-1号')
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
    expect(await lettersFor(ctx, r.id)).toEqual([letter])
  })

  it('refuses before a manager approved the decision, and writes nothing', async () => {
    const ctx = await setup()
    const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await applyRequestEvent(ctx, RECEPTION, r.id, {
      type: 'recordIdentity',
      check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
    })
    await applyRequestEvent(ctx, RECEPTION, r.id, {
      type: 'submitDecision',
      decision: makeDecision({ outcome: 'fullDisclosure' })
    })
    const auditBefore = await ctx.db.audit.count()
    await expect(issueLetter(ctx, RECEPTION, r.id, issue, DEFAULT_SETTINGS)).rejects.toThrow(DomainError)
    await expect(issueLetter(ctx, RECEPTION, r.id, issue, DEFAULT_SETTINGS)).rejects.toThrow('管理者の承認前')
    expect(await ctx.db.letters.count()).toBe(0)
    expect(await ctx.db.audit.count()).toBe(auditBefore)
    expect((await getRequest(ctx, r.id))?.status).toBe('awaitingApproval')
  })

  it('refuses a second issue, a letter that does not fit the decision, and a date before receipt', async () => {
    const ctx = await setup()
    const r = await approvedRequest(ctx)
    await expect(
      issueLetter(ctx, RECEPTION, r.id, { ...issue, templateId: 'noDataNotice' }, DEFAULT_SETTINGS)
    ).rejects.toThrow('決定に合う通知書ではありません')
    await expect(
      issueLetter(ctx, RECEPTION, r.id, { ...issue, issuedOn: '2026-11-19' }, DEFAULT_SETTINGS)
    ).rejects.toThrow('受付日以降')
    await expect(
      issueLetter(ctx, RECEPTION, r.id, { ...issue, issuedOn: '2026-13-01' }, DEFAULT_SETTINGS)
    ).rejects.toThrow('YYYY-MM-DD')
    await issueLetter(ctx, RECEPTION, r.id, issue, DEFAULT_SETTINGS)
    await expect(issueLetter(ctx, RECEPTION, r.id, issue, DEFAULT_SETTINGS)).rejects.toThrow('発行済み')
    expect(await ctx.db.letters.count()).toBe(1)
  })

  it('issues the request for identity documents while identity is pending, without changing the status', async () => {
    const ctx = await setup()
    const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await applyRequestEvent(ctx, RECEPTION, r.id, {
      type: 'recordIdentity',
      check: { method: 'counter', documents: [], result: 'incomplete', note: '' }
    })
    const idIssue = { templateId: 'identityDocsRequest' as const, issuedOn: '2026-11-25', sentBy: 'post' as const }
    const first = await issueLetter(ctx, RECEPTION, r.id, idIssue, DEFAULT_SETTINGS)
    const second = await issueLetter(ctx, RECEPTION, r.id, idIssue, DEFAULT_SETTINGS)
    expect([first.documentNo, second.documentNo]).toEqual(['桜恵個第2026-0001-1号', '桜恵個第2026-0001-2号'])
    const after = await getRequest(ctx, r.id)
    expect(after?.status).toBe('identityPending')
    expect(after?.notice).toBeNull()
    expect((await auditFor(ctx, r.id)).filter((e) => e.action === 'letter:issue')).toHaveLength(2)
    await applyRequestEvent(ctx, RECEPTION, r.id, {
      type: 'recordIdentity',
      check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
    })
    await expect(issueLetter(ctx, RECEPTION, r.id, idIssue, DEFAULT_SETTINGS)).rejects.toThrow('本人確認が済むまで')
  })
})

describe('recordReprint', () => {
  it('counts reprints and audits them; the stored content stays as issued after the letterhead changes', async () => {
    const ctx = await setup()
    const r = await approvedRequest(ctx)
    const letter = await issueLetter(ctx, RECEPTION, r.id, issue, DEFAULT_SETTINGS)
    await recordReprint(ctx, MANAGER, letter.id)
    const again = await recordReprint(ctx, MANAGER, letter.id, 'pdf')
    expect(again.reprintCount).toBe(2)
    expect(again.content).toEqual(letter.content)
    expect(
      await nextDocumentNo(ctx, r.id, r.receiptNo, {
        ...DEFAULT_SETTINGS,
        letterhead: { ...DEFAULT_SETTINGS.letterhead, documentPrefix: '新' }
      })
    ).toBe('新第2026-0001-2号')
    const reprints = (await auditFor(ctx, r.id)).filter((e) => e.action === 'letter:reprint')
    expect(reprints.map((e) => e.summary)).toEqual([
      '開示決定通知書を再発行(印刷) 桜恵個第2026-0001-1号',
      '開示決定通知書を再発行(PDF) 桜恵個第2026-0001-1号'
    ])
    await expect(recordReprint(ctx, MANAGER, 'missing')).rejects.toThrow(DomainError)
  })
})

describe('通知済 only through issuing a letter', () => {
  it('refuses an issueLetter event applied directly, and writes nothing', async () => {
    const ctx = await setup()
    const r = await approvedRequest(ctx)
    const before = await ctx.db.audit.count()
    const direct = { type: 'issueLetter', notice: { letterId: 'x', issuedOn: '2026-11-25', sentBy: 'post' } }
    await expect(applyRequestEvent(ctx, MANAGER, r.id, direct as never)).rejects.toThrow('通知書を発行してください')
    expect((await getRequest(ctx, r.id))?.status).toBe('approved')
    expect(await ctx.db.audit.count()).toBe(before)
  })

  it('refuses a 発行日 in the future for any letter, and writes nothing', async () => {
    const ctx = await setup()
    const r = await approvedRequest(ctx)
    const tomorrow = issueLetter(ctx, RECEPTION, r.id, { ...issue, issuedOn: '2026-11-26' }, DEFAULT_SETTINGS)
    await expect(tomorrow).rejects.toThrow('未来の日付')
    expect(await ctx.db.letters.count()).toBe(0)
  })
})
