// Version 3 adds the register summaries: upgrading version-2 data fills one summary per request, and the
// write path keeps them in step from then on.
import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { applyRequestEvent } from '../../../src/renderer/src/db/requests'
import { summarize } from '../../../src/renderer/src/domain/registerSummary'
import { isOpen } from '../../../src/renderer/src/domain/status'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { MANAGER, seedStaff } from '../requestFixtures'
import { LegacyDb, V1_STORES, legacyRows, writeLegacy } from './legacyData'

describe('upgrade from version 2 to version 3 (register summaries)', () => {
  it('fills a summary for every request, leaves the version-2 rows as they were, and later writes update it', async () => {
    const name = `upgrade3-${crypto.randomUUID()}`
    const { approvedId, rows } = await legacyRows()
    await writeLegacy(name, 2, { ...rows, letters: [] })
    const requests = rows.requests as RequestRecord[]

    const db = new RegisterDb(name)
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(3)
    for (const t of Object.keys(V1_STORES)) expect(await db.table(t).toArray(), t).toEqual(rows[t])
    const summaries = await db.summaries.toArray()
    expect(summaries).toHaveLength(2)
    expect(new Map(summaries.map((s) => [s.id, s]))).toEqual(new Map(requests.map((r) => [r.id, summarize(r)])))
    // The indexes answer: the home page's open requests by target date (v9) and the monthly log's month.
    const open = await db.summaries.orderBy('openDueOn').primaryKeys()
    expect(open).toContain(approvedId)
    expect([...open].sort()).toEqual(
      requests
        .filter((r) => isOpen(r.status))
        .map((r) => r.id)
        .sort()
    )
    expect(await db.summaries.where('openMonths').equals('2026-11').count()).toBe(2)

    const ctx = await openContext(db, () => new Date('2026-11-27T01:00:00.000Z'))
    await seedStaff(ctx)
    await applyRequestEvent(ctx, MANAGER, approvedId, { type: 'withdraw', reason: '本人から取下げの申出' })
    expect((await db.summaries.get(approvedId))?.status).toBe('withdrawn')
    expect((await db.summaries.get(approvedId))?.finishedOn).toBe('2026-11-27')
    db.close()
  })

  it('leaves a version-2 database without requests with an empty summaries table', async () => {
    const name = `upgrade3-empty-${crypto.randomUUID()}`
    await new LegacyDb(name, 2).open().then((d) => d.close())
    const db = new RegisterDb(name)
    await db.open()
    expect(await db.summaries.count()).toBe(0)
    db.close()
  })
})
