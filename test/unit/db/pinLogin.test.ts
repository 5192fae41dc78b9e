import { describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { loginWithPin } from '../../../src/renderer/src/db/pinLogin'
import { hashPin } from '../../../src/renderer/src/domain/pin'
import { RECEPTION, seedStaff } from '../requestFixtures'

const POLICY = { maxFailures: 5, lockMinutes: 5 }

async function setup(): Promise<DbContext> {
  const ctx = await openContext(
    new RegisterDb(`test-${crypto.randomUUID()}`),
    () => new Date('2026-11-25T01:00:00.000Z')
  )
  await seedStaff(ctx, [RECEPTION])
  // Few iterations keep the test quick; the lockout does not depend on them.
  await ctx.db.staff.update(RECEPTION.id, { pinHash: await hashPin('1357', new Uint8Array(16).fill(7), 1_000) })
  return ctx
}

describe('PIN lockout', () => {
  it('20 wrong PINs tried at once get at most 5 checked; the rest are refused as locked', async () => {
    const ctx = await setup()
    const results = await Promise.all(Array.from({ length: 20 }, () => loginWithPin(ctx, RECEPTION.id, '0000', POLICY)))
    const checked = results.filter((r) => !r.ok && !r.message.includes('あと'))
    expect(checked).toHaveLength(5)
    expect(results.every((r) => !r.ok)).toBe(true)
    expect((await ctx.db.staff.get(RECEPTION.id))?.lockedUntil).toBe('2026-11-25T01:05:00.000Z')
    expect((await ctx.db.audit.toArray()).filter((e) => e.action === 'staff:pinFailure')).toHaveLength(5)
  })

  it('refuses even the right PIN while locked, then lets it in and clears the count', async () => {
    const ctx = await setup()
    for (let i = 0; i < 5; i++) await loginWithPin(ctx, RECEPTION.id, '9999', POLICY)
    expect(await loginWithPin(ctx, RECEPTION.id, '1357', POLICY)).toMatchObject({ ok: false })
    await ctx.db.staff.update(RECEPTION.id, { lockedUntil: '2026-11-25T00:00:00.000Z' })
    expect(await loginWithPin(ctx, RECEPTION.id, '1357', POLICY)).toMatchObject({ ok: true })
    expect(await ctx.db.staff.get(RECEPTION.id)).toMatchObject({ failures: 0, lockedUntil: null })
  })

  it('a right PIN after a few mistakes logs in and starts the count again', async () => {
    const ctx = await setup()
    await loginWithPin(ctx, RECEPTION.id, '9999', POLICY)
    await loginWithPin(ctx, RECEPTION.id, '9999', POLICY)
    expect(await loginWithPin(ctx, RECEPTION.id, '１３５７', POLICY)).toEqual({ ok: true, actor: RECEPTION })
    expect((await ctx.db.staff.get(RECEPTION.id))?.failures).toBe(0)
  })

  it('a deactivated staff member cannot log in', async () => {
    const ctx = await setup()
    await ctx.db.staff.update(RECEPTION.id, { active: false })
    expect(await loginWithPin(ctx, RECEPTION.id, '1357', POLICY)).toMatchObject({ ok: false })
  })
})
