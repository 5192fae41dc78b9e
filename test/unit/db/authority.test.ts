import { describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { applyRequestEvent, createRequest, DomainError } from '../../../src/renderer/src/db/requests'
import { saveSettings } from '../../../src/renderer/src/db/settingsRepo'
import { checkRegister, monthlyLogFor, recordMonthlyLogExport } from '../../../src/renderer/src/db/managerReads'
import { importRequests } from '../../../src/renderer/src/db/bulkImport'
import { purgeRequests } from '../../../src/renderer/src/db/retention'
import { resetStaffPin } from '../../../src/renderer/src/db/pinRepo'
import { openIncident } from '../../../src/renderer/src/db/incidents'
import { addStaff, createFirstManager, updateStaff } from '../../../src/renderer/src/db/staffRepo'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import type { Actor } from '../../../src/renderer/src/domain/staff'
import { MANAGER, RECEPTION, makeDecision, makeIntake, seedStaff, backedUp } from '../requestFixtures'

async function setup(): Promise<DbContext> {
  const ctx = await openContext(
    new RegisterDb(`test-${crypto.randomUUID()}`),
    () => new Date('2026-11-25T01:00:00.000Z')
  )
  await seedStaff(ctx)
  return ctx
}

/** A request waiting for a manager's approval. */
async function awaitingApproval(ctx: DbContext): Promise<string> {
  const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
  await applyRequestEvent(ctx, RECEPTION, r.id, {
    type: 'recordIdentity',
    check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
  })
  await applyRequestEvent(ctx, RECEPTION, r.id, { type: 'submitDecision', decision: makeDecision() })
  return r.id
}

type Attempt = (ctx: DbContext, actor: Actor, requestId: string) => Promise<unknown>

const MANAGER_ONLY: [string, Attempt][] = [
  ['saving settings', (ctx, a) => saveSettings(ctx, a, { ...DEFAULT_SETTINGS, idleLockMinutes: 3 })],
  ['adding a manager', (ctx, a) => addStaff(ctx, a, { name: '新しい 管理者', role: 'manager', pinHash: '' })],
  ['changing a role', (ctx, a) => updateStaff(ctx, a, RECEPTION.id, { role: 'manager' }, '役割を変更')],
  ['deactivating staff', (ctx, a) => updateStaff(ctx, a, MANAGER.id, { active: false }, '利用停止')],
  ['approving', (ctx, a, id) => applyRequestEvent(ctx, a, id, { type: 'approve', comment: '' })],
  ['sending back', (ctx, a, id) => applyRequestEvent(ctx, a, id, { type: 'sendBack', comment: '再調査' })],
  ['reading the monthly log', (ctx, a) => monthlyLogFor(ctx, a, '2026-11', '2026-11-25')],
  ['checking the audit trail', (ctx, a) => checkRegister(ctx, a)],
  [
    'exporting the monthly log',
    (ctx, a) => recordMonthlyLogExport(ctx, a, { month: '2026-11', kind: 'csv', rows: 1, summary: 'CSVに保存' })
  ],
  ['importing a ledger', (ctx, a) => importRequests(ctx, a, [makeIntake()], DEFAULT_DEADLINE_RULE)],
  ['purging past requests', (ctx, a) => purgeRequests(ctx, a, '2040-01-01', 5, backedUp(ctx))],
  ['resetting a PIN', (ctx, a) => resetStaffPin(ctx, a, MANAGER.id, 'pbkdf2-sha256$1$c2FsdA$aGFzaA')],
  [
    'recording a leak incident',
    (ctx, a) => openIncident(ctx, a, { title: '誤送付', knownAt: '2026-11-25T09:00', situations: [] })
  ]
]

describe('manager-only actions are refused in the data layer', () => {
  it.each(MANAGER_ONLY)('%s by a reception login is refused in Japanese and writes nothing', async (_, attempt) => {
    const ctx = await setup()
    const id = await awaitingApproval(ctx)
    const before = { audit: await ctx.db.audit.count(), staff: await ctx.db.staff.toArray() }
    const request = await ctx.db.requests.get(id)
    const result = attempt(ctx, RECEPTION, id)
    await expect(result).rejects.toBeInstanceOf(DomainError)
    await expect(result).rejects.toThrow('管理者のみが行えます')
    expect(await ctx.db.audit.count()).toBe(before.audit)
    expect(await ctx.db.staff.toArray()).toEqual(before.staff)
    expect(await ctx.db.requests.get(id)).toEqual(request)
    expect(await ctx.db.settings.count()).toBe(0)
  })

  it.each(MANAGER_ONLY)(
    '%s by a manager demoted meanwhile is refused (the table decides, not the session)',
    async (_, attempt) => {
      const ctx = await setup()
      const id = await awaitingApproval(ctx)
      await ctx.db.staff.update(MANAGER.id, { role: 'reception' })
      await expect(attempt(ctx, MANAGER, id)).rejects.toThrow('管理者のみが行えます')
    }
  )

  it('a deactivated manager can no longer act at all', async () => {
    const ctx = await setup()
    const id = await awaitingApproval(ctx)
    await ctx.db.staff.update(MANAGER.id, { active: false })
    await expect(applyRequestEvent(ctx, MANAGER, id, { type: 'approve', comment: '' })).rejects.toThrow(
      '利用できない状態'
    )
    await expect(createRequest(ctx, MANAGER, makeIntake(), DEFAULT_DEADLINE_RULE)).rejects.toThrow('利用できない状態')
  })

  it('an actor who is not in the staff table cannot write', async () => {
    const ctx = await setup()
    const stranger: Actor = { id: 'system', name: 'システム', role: 'manager' }
    await expect(saveSettings(ctx, stranger, DEFAULT_SETTINGS)).rejects.toThrow('利用できない状態')
  })

  it('the same actions succeed for an active manager', async () => {
    const ctx = await setup()
    const id = await awaitingApproval(ctx)
    for (const [, attempt] of MANAGER_ONLY.slice(0, 3)) await expect(attempt(ctx, MANAGER, id)).resolves.toBeDefined()
    await expect(applyRequestEvent(ctx, MANAGER, id, { type: 'approve', comment: '' })).resolves.toMatchObject({
      status: 'approved'
    })
  })
})

describe('the first manager', () => {
  it('registers themself on an empty staff table, and only then', async () => {
    const ctx = await openContext(
      new RegisterDb(`test-${crypto.randomUUID()}`),
      () => new Date('2026-11-25T01:00:00.000Z')
    )
    const first = await createFirstManager(ctx, { name: '佐藤', pinHash: '' })
    expect(first.role).toBe('manager')
    expect(await ctx.db.audit.toArray()).toMatchObject([{ actorId: first.id, action: 'staff:create' }])
    await expect(createFirstManager(ctx, { name: '乗っ取り', pinHash: '' })).rejects.toThrow('既に登録されています')
    expect(await ctx.db.staff.count()).toBe(1)
  })
})
