// Version 10 indexes the open requests by day of receipt ([receivedOn+openDueOn]) for the monthly log's requests
// carried over from earlier months. Proven on a version-9 register: the index is built from the summaries as they
// are (only open ones are in it), no row changes, and a month reads exactly the requests that belong to it, not
// the open ones received after it.
import { Dexie } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { requestsForMonth } from '../../../src/renderer/src/db/monthlyQuery'
import { summarize } from '../../../src/renderer/src/domain/registerSummary'
import { makeRecord } from '../requestFixtures'
import { CURRENT_SCHEMA, storesUpTo } from './releasedStores'

const rec = (id: string, receivedOn: string, status: 'received' | 'onHold' | 'withdrawn', closedOn: string | null) =>
  makeRecord({
    id,
    receiptNo: `2026-${id.slice(-4)}`,
    receivedOn,
    status,
    closedOn,
    dueOn: receivedOn.replace(/-\d\d$/u, '-28'),
    statutoryOn: receivedOn.replace(/-\d\d$/u, '-28'),
    updatedAt: closedOn ?? `${receivedOn}T01:00:00.000Z`
  })

const requests = [
  rec('req-0001', '2026-07-10', 'received', null), // open since July: carried into August and September
  rec('req-0002', '2026-08-03', 'onHold', null), // open since August
  rec('req-0003', '2026-08-05', 'withdrawn', '2026-08-20T01:00:00.000Z'), // ended in August
  rec('req-0004', '2026-09-02', 'received', null), // received in September
  rec('req-0005', '2026-10-01', 'received', null) // received after September: never read for it
]

async function v9Register(): Promise<string> {
  const name = `upgrade-v10-${crypto.randomUUID()}`
  const old = new Dexie(name)
  storesUpTo(9).forEach((stores, i) => old.version(i + 1).stores(stores))
  await old.open()
  await old.table('requests').bulkAdd(requests)
  await old.table('summaries').bulkAdd(requests.map(summarize))
  old.close()
  return name
}

describe('upgrade from version 9 (the open requests by day of receipt)', () => {
  it('builds the index from the open summaries as they are, and changes no row', async () => {
    const name = await v9Register()
    const db = new RegisterDb(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA)
    expect(await db.summaries.toArray()).toEqual(requests.map(summarize))
    const open = await db.summaries.where('[receivedOn+openDueOn]').below(['2026-09-01']).primaryKeys()
    expect(open.sort()).toEqual(['req-0001', 'req-0002'])
    expect(await db.summaries.where('[receivedOn+openDueOn]').above(['']).count()).toBe(4)
    db.close()
  })

  it('reads for a month only the requests that belong to it', async () => {
    const db = new RegisterDb(await v9Register())
    const ctx = await openContext(db, () => new Date('2026-11-25T01:00:00.000Z'))
    const asked = vi.spyOn(db.requests, 'bulkGet')
    const september = await requestsForMonth(ctx, '2026-09')
    expect(september.map((r) => r.id).sort()).toEqual(['req-0001', 'req-0002', 'req-0004'])
    expect(asked.mock.calls.flatMap(([keys]) => keys).sort()).toEqual(['req-0001', 'req-0002', 'req-0004'])
    asked.mockClear()
    const august = await requestsForMonth(ctx, '2026-08')
    expect(august.map((r) => r.id).sort()).toEqual(['req-0001', 'req-0002', 'req-0003'])
    expect(asked.mock.calls.flatMap(([keys]) => keys).sort()).toEqual(['req-0001', 'req-0002', 'req-0003'])
    db.close()
  })
})
