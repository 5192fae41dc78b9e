import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { auditFor, verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { importRequests } from '../../../src/renderer/src/db/bulkImport'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { registerStore } from '../../../src/renderer/src/db/registerStore'
import { filterSummaries } from '../../../src/renderer/src/domain/registerList'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { MANAGER, makeIntake, seedStaff } from '../requestFixtures'

describe('bulk import', () => {
  it('numbers imported requests after those already taken, per receipt year, with an audit entry each', async () => {
    const ctx = await openContext(
      new RegisterDb(`test-${crypto.randomUUID()}`),
      () => new Date('2026-11-25T01:00:00.000Z')
    )
    await seedStaff(ctx)
    await createRequest(ctx, MANAGER, makeIntake(), DEFAULT_DEADLINE_RULE)
    const intakes = [
      ...Array.from({ length: 1500 }, (_, i) =>
        makeIntake({ receivedOn: `2026-10-${String((i % 28) + 1).padStart(2, '0')}` })
      ),
      makeIntake({ receivedOn: '2025-03-31' })
    ]
    const progress: number[] = []
    expect(await importRequests(ctx, MANAGER, intakes, DEFAULT_DEADLINE_RULE, (n) => progress.push(n))).toBe(1501)
    expect(progress).toEqual([1000, 1501])
    const all = await ctx.db.requests.toArray()
    const numbers = new Set(all.map((r) => r.receiptNo))
    expect(numbers.size).toBe(1502)
    expect(numbers.has('2026-1501')).toBe(true)
    expect(numbers.has('2026-1502')).toBe(false)
    expect(numbers.has('2025-0001')).toBe(true)
    const one = all.find((r) => r.receiptNo === '2026-0900')
    expect(one && (await auditFor(ctx, one.id)).map((e) => e.action)).toEqual(['request:import'])
    const report = await verifyAuditChain(ctx)
    expect(report.problems).toEqual([])
    const { rows } = await registerStore(ctx).load()
    expect(rows).toHaveLength(1502)
    const filter = { text: '2025-0001', statuses: [], kinds: [], overdueOnly: false, today: '2026-11-25' }
    expect(filterSummaries(rows, filter)).toHaveLength(1)
  }, 30_000) // 1,500 requests with their summaries and audit entries in fake-indexeddb, on a shared machine
})
