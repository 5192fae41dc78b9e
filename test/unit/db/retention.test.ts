import { describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { purgeCandidates, purgeRequests } from '../../../src/renderer/src/db/retention'
import { loadMonthlyLog } from '../../../src/renderer/src/db/monthlyQuery'
import { createFirstManager } from '../../../src/renderer/src/db/staffRepo'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { retentionCutoff } from '../../../src/renderer/src/domain/retention'
import type { Actor } from '../../../src/renderer/src/domain/staff'
import { RECEPTION, makeIntake, seedStaff, backedUp } from '../requestFixtures'

describe('retentionCutoff', () => {
  it('is the same calendar day the given years ago, 29 February becoming 28 February', () => {
    expect(retentionCutoff('2026-11-25', 5)).toBe('2021-11-25')
    expect(retentionCutoff('2028-02-29', 5)).toBe('2023-02-28')
  })
})

/** A register with a manager and one request withdrawn in 2020, seen from 2026-11-25 (past a 5-year period). */
async function registerWithOldRequest() {
  const clock = { now: new Date('2020-04-01T01:00:00.000Z') }
  const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => clock.now)
  const m = await createFirstManager(ctx, { name: '佐藤 管理', pinHash: '' })
  await seedStaff(ctx, [RECEPTION])
  const manager: Actor = { id: m.id, name: m.name, role: 'manager' }
  const old = await createRequest(ctx, RECEPTION, makeIntake({ receivedOn: '2020-04-01' }), DEFAULT_DEADLINE_RULE)
  await applyRequestEvent(ctx, RECEPTION, old.id, { type: 'withdraw', reason: '本人より取下げの申出' })
  clock.now = new Date('2026-11-25T01:00:00.000Z')
  return { ctx, manager, old }
}

describe('purgeRequests', () => {
  it('takes its backup first: nothing is deleted when it fails, when entries were written after it, or for reception', async () => {
    const { ctx, manager, old } = await registerWithOldRequest()
    let backups = 0
    const failing = () => {
      backups += 1
      return Promise.resolve(null)
    }
    await expect(purgeRequests(ctx, manager, '2026-11-25', 5, failing)).rejects.toThrow('バックアップできなかったため')
    expect(backups).toBe(1)
    // Reception is refused before any backup is taken.
    await expect(purgeRequests(ctx, RECEPTION, '2026-11-25', 5, failing)).rejects.toThrow('管理者')
    expect(backups).toBe(1)
    // A backup taken, then a request received before the purge ran: that backup does not hold it.
    const stale = async () => {
      const taken = await backedUp(ctx)()
      await createRequest(ctx, RECEPTION, makeIntake({ receivedOn: '2026-11-25' }), DEFAULT_DEADLINE_RULE)
      return taken
    }
    await expect(purgeRequests(ctx, manager, '2026-11-25', 5, stale)).rejects.toThrow(
      'バックアップの後に受付簿が変わりました'
    )
    expect(await ctx.db.requests.get(old.id)).toBeDefined()
    expect((await purgeRequests(ctx, manager, '2026-11-25', 5, backedUp(ctx))).count).toBe(1)
  })

  it('deletes closed requests past the period, blanks their audit payloads, keeps the chain and a summary row', async () => {
    const { ctx, manager, old } = await registerWithOldRequest()
    const open = await createRequest(ctx, RECEPTION, makeIntake({ receivedOn: '2026-11-20' }), DEFAULT_DEADLINE_RULE)

    expect((await purgeCandidates(ctx, '2026-11-25', 5)).map((c) => c.receiptNo)).toEqual([old.receiptNo])
    await expect(purgeRequests(ctx, RECEPTION, '2026-11-25', 5, backedUp(ctx))).rejects.toThrow('管理者')
    expect(await ctx.db.requests.count()).toBe(2)

    const result = await purgeRequests(ctx, manager, '2026-11-25', 5, backedUp(ctx))
    expect(result).toEqual({ count: 1, receiptNos: [old.receiptNo] })
    expect(await ctx.db.requests.get(old.id)).toBeUndefined()
    expect(await ctx.db.requests.get(open.id)).toBeDefined()
    const entries = await ctx.db.audit.where('entityId').equals(old.id).toArray()
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.every((e) => e.payload === null)).toBe(true)
    expect(JSON.stringify(entries)).not.toContain('山田')
    expect(await ctx.db.purged.get(old.id)).toMatchObject({ receiptNo: old.receiptNo, status: 'withdrawn' })
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
    const last = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
    expect(last).toMatchObject({ action: 'retention:purge', payload: { count: 1, receiptNos: [old.receiptNo] } })
    // The register summary (names, phone digits) is gone too; the open request's stays.
    expect(await ctx.db.summaries.get(old.id)).toBeUndefined()
    expect(await ctx.db.summaries.get(open.id)).toBeDefined()
    expect(JSON.stringify(await ctx.db.summaries.toArray())).not.toContain(old.receiptNo)
    // The month it was received in still counts it, apart from the rows that are gone.
    const april = await loadMonthlyLog(ctx, '2020-04', '2026-11-25')
    expect(april.rows).toEqual([])
    expect(april.purged).toEqual({ total: 1, receivedInMonth: 1 })
    expect(april.receivedPerMonth.find((m) => m.month === '2020-04')?.count).toBe(1)
    expect((await loadMonthlyLog(ctx, '2026-11', '2026-11-25')).purged).toBeUndefined()
  })
})
