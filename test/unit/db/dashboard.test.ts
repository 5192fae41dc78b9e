import { beforeAll, describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { loadDashboard } from '../../../src/renderer/src/db/dashboard'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { addDays } from '../../../src/renderer/src/domain/calendar'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { makeDecision, makeIntake, MANAGER, RECEPTION, seedStaff } from '../requestFixtures'

const TODAY = '2026-11-25'
let ctx: DbContext
const no: Record<string, string> = {}

// Target = received + 14 calendar days, so received 20 days ago is overdue and 12 days ago is due in 2 days.
async function make(label: string, daysAgo: number, then?: (id: string) => Promise<unknown>) {
  const r = await createRequest(
    ctx,
    RECEPTION,
    makeIntake({ receivedOn: addDays(TODAY, -daysAgo) }),
    DEFAULT_DEADLINE_RULE
  )
  no[label] = r.receiptNo
  if (then) await then(r.id)
}

beforeAll(async () => {
  ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => new Date('2026-11-25T01:00:00.000Z'))
  await seedStaff(ctx)
  await make('overdue', 20)
  await make('overdueHeld', 16, (id) => applyRequestEvent(ctx, RECEPTION, id, { type: 'hold', reason: '書類待ち' }))
  await make('overdueWithdrawn', 30, (id) =>
    applyRequestEvent(ctx, RECEPTION, id, { type: 'withdraw', reason: '電話で取下げ' })
  )
  await make('dueToday', 14)
  await make('dueIn3', 11)
  await make('dueIn4', 10)
  await make('awaiting', 2, async (id) => {
    await applyRequestEvent(ctx, RECEPTION, id, {
      type: 'recordIdentity',
      check: { method: 'counter', documents: ['passport'], result: 'verified', note: '' }
    })
    await applyRequestEvent(ctx, RECEPTION, id, { type: 'submitDecision', decision: makeDecision() })
  })
  await make('approved', 1, async (id) => {
    await applyRequestEvent(ctx, RECEPTION, id, {
      type: 'recordIdentity',
      check: { method: 'counter', documents: ['passport'], result: 'verified', note: '' }
    })
    await applyRequestEvent(ctx, RECEPTION, id, { type: 'submitDecision', decision: makeDecision() })
    await applyRequestEvent(ctx, MANAGER, id, { type: 'approve', comment: '' })
  })
})

const numbers = (list: { items: { receiptNo: string }[] }) => list.items.map((r) => r.receiptNo)

describe('loadDashboard', () => {
  it('lists open requests past their target, earliest first, and leaves closed ones out', async () => {
    const d = await loadDashboard(ctx, TODAY)
    expect(numbers(d.overdue)).toEqual([no.overdue, no.overdueHeld])
    expect(d.overdue.count).toBe(2)
  })

  it('lists requests due from today to three days ahead', async () => {
    const d = await loadDashboard(ctx, TODAY)
    expect(numbers(d.dueSoon)).toEqual([no.dueToday, no.dueIn3])
  })

  it('lists requests awaiting approval and on hold', async () => {
    const d = await loadDashboard(ctx, TODAY)
    expect(numbers(d.awaitingApproval)).toEqual([no.awaiting])
    expect(numbers(d.onHold)).toEqual([no.overdueHeld])
  })

  it('counts every match but returns only up to the limit', async () => {
    const d = await loadDashboard(ctx, TODAY, 3, 1)
    expect(d.overdue.count).toBe(2)
    expect(d.overdue.items).toHaveLength(1)
  })
})
