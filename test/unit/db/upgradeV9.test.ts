// Version 9 indexes the summaries' target date while open (openDueOn) for the home page and the monthly log, in
// place of [status+dueOn]. Proven on a version-8 register: the open summaries gain it, the others do not, the old
// index is gone, and the home page answers from the new one; a summary written before v9 (a restored backup, a
// replicated row) is read with it right, and the write path keeps it in step.
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { loadDashboard } from '../../../src/renderer/src/db/dashboard'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { readStoredRow } from '../../../src/renderer/src/domain/records'
import { summarize, type RegisterSummary } from '../../../src/renderer/src/domain/registerSummary'
import { makeIntake, makeRecord, RECEPTION, seedStaff } from '../requestFixtures'
import { storesUpTo, CURRENT_SCHEMA } from './releasedStores'

/** A summary as version 8 wrote it: no openDueOn. */
function asV8(s: RegisterSummary): RegisterSummary {
  const v8 = { ...s }
  delete v8.openDueOn
  return v8
}

const received = makeRecord({ id: 'req-open', receiptNo: '2026-0001', status: 'received', dueOn: '2026-11-20' })
const onHold = makeRecord({ id: 'req-held', receiptNo: '2026-0002', status: 'onHold', dueOn: '2026-12-10' })
const closed = makeRecord({ id: 'req-closed', receiptNo: '2026-0003', status: 'withdrawn', dueOn: '2026-11-01' })

describe('upgrade from version 8 (the open requests by target date)', () => {
  it('gives every open summary its target date as openDueOn, and no other, and drops [status+dueOn]', async () => {
    const name = `upgrade-v9-${crypto.randomUUID()}`
    const old = new Dexie(name)
    storesUpTo(8).forEach((stores, i) => old.version(i + 1).stores(stores))
    await old.open()
    const v8Rows = [received, onHold, closed].map((r) => asV8(summarize(r)))
    expect(v8Rows.every((s) => !('openDueOn' in s))).toBe(true)
    await old.table('summaries').bulkAdd(v8Rows)
    old.close()

    const db = new RegisterDb(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA)
    const byId = new Map((await db.summaries.toArray()).map((s) => [s.id, s]))
    expect(byId.get('req-open')?.openDueOn).toBe('2026-11-20')
    expect(byId.get('req-held')?.openDueOn).toBe('2026-12-10')
    expect(byId.get('req-closed')).toEqual(v8Rows[2])
    expect(await db.summaries.orderBy('openDueOn').primaryKeys()).toEqual(['req-open', 'req-held'])
    const indexes = db.backendDB().transaction('summaries').objectStore('summaries').indexNames
    expect([...indexes].sort()).toEqual([
      '[receivedOn+openDueOn]',
      'notifiedOn',
      'openDueOn',
      'openMonths',
      'receivedOn'
    ])

    const ctx = await openContext(db, () => new Date('2026-11-25T01:00:00.000Z'))
    const home = await loadDashboard(ctx, '2026-11-25')
    expect(home.overdue.items.map((s) => s.id)).toEqual(['req-open'])
    expect(home.onHold.items.map((s) => s.id)).toEqual(['req-held'])
    db.close()
  })

  it('reads a summary written before v9, or one whose openDueOn disagrees with its status, with it right', () => {
    const restored = readStoredRow('summaries', asV8(summarize(received)))
    expect(restored.ok && restored.row.openDueOn).toBe('2026-11-20')
    const stale = readStoredRow('summaries', { ...asV8(summarize(closed)), openDueOn: '2026-11-01' })
    expect(stale.ok && 'openDueOn' in stale.row).toBe(false)
  })

  it('keeps openDueOn in step on every write: the target date while open, gone once the request is closed', async () => {
    const ctx = await openContext(new RegisterDb(`v9-${crypto.randomUUID()}`), () => new Date('2026-11-25T01:00:00Z'))
    await seedStaff(ctx)
    const r = await createRequest(ctx, RECEPTION, makeIntake({ receivedOn: '2026-11-25' }), DEFAULT_DEADLINE_RULE)
    expect((await ctx.db.summaries.get(r.id))?.openDueOn).toBe(r.dueOn)
    await applyRequestEvent(ctx, RECEPTION, r.id, { type: 'withdraw', reason: '電話で取下げ' })
    const after = await ctx.db.summaries.get(r.id)
    expect(after?.status).toBe('withdrawn')
    expect(after && 'openDueOn' in after).toBe(false)
    expect(await ctx.db.summaries.orderBy('openDueOn').count()).toBe(0)
  })
})
