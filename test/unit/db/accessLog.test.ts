import { describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { recordRequestView, recordSessionEvent, viewsOfRequest } from '../../../src/renderer/src/db/accessLog'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { makeIntake } from '../requestFixtures'
import { setupWithStaff } from './recordsFixtures'

describe('access log', () => {
  it('answers who opened a request, in order, in the same verified chain as locks and unlocks', async () => {
    const { ctx, clock, manager, reception } = await setupWithStaff()
    const r = await createRequest(ctx, reception, makeIntake(), DEFAULT_DEADLINE_RULE)
    await recordRequestView(ctx, reception, r.id, r.receiptNo)
    clock.now = new Date('2026-11-25T02:00:00.000Z')
    await recordSessionEvent(ctx, reception, 'lock')
    await recordSessionEvent(ctx, manager, 'unlock')
    await recordRequestView(ctx, manager, r.id, r.receiptNo)
    const views = await viewsOfRequest(ctx, r.receiptNo)
    expect(views?.map((e) => [e.actorName, e.summary])).toEqual([
      ['鈴木 受付', '2026-0001 を閲覧'],
      ['佐藤 管理', '2026-0001 を閲覧']
    ])
    expect(await viewsOfRequest(ctx, '2026-9999')).toBeNull()
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
  })
})
