import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { registerPresence, registerState } from '../../../src/renderer/src/db/backup/registerState'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { judgeOpening } from '../../../src/renderer/src/domain/backup/vanished'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { makeIntake, RECEPTION, seedStaff } from '../requestFixtures'

const fresh = () => openContext(new RegisterDb(`test-${crypto.randomUUID()}`))

describe('registerPresence', () => {
  it('says an empty register holds nothing', async () => {
    const ctx = await fresh()
    expect(await registerPresence(ctx)).toEqual({
      clinicId: ctx.clinicId,
      counts: { staff: 0, requests: 0, audit: 0 }
    })
  })

  it('says a register with staff, requests and audit entries holds each, and judges it as the full count does', async () => {
    const ctx = await fresh()
    await seedStaff(ctx)
    await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const presence = await registerPresence(ctx)
    expect(presence.counts).toEqual({ staff: 1, requests: 1, audit: 1 })
    const state = await registerState(ctx)
    const anchor = { clinicId: ctx.clinicId, counts: state.counts }
    for (const backups of [true, false]) {
      expect(judgeOpening(anchor, presence, backups)).toBe(judgeOpening(anchor, state, backups))
      expect(judgeOpening(null, presence, backups)).toBe(judgeOpening(null, state, backups))
      expect(judgeOpening({ ...anchor, clinicId: 'other' }, presence, backups)).toBe('different')
    }
  })
})
