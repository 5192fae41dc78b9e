// A PC that has just started sharing has no 受付番号 until its first exchange with the server leases a block; an
// intake saved in that moment waits for the numbers (whenNumbersReady) instead of being refused.
import { describe, expect, it } from 'vitest'
import memoryAdapter from 'pouchdb-adapter-memory'
import { openContext, type DbContext } from '../../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../../src/renderer/src/db/database'
import { createRequest } from '../../../../src/renderer/src/db/requests'
import { leasedLeft } from '../../../../src/renderer/src/db/replication/leases'
import { startSync } from '../../../../src/renderer/src/db/replication/service'
import { PouchDB, type Pouch } from '../../../../src/renderer/src/db/replication/pouch'
import { DEFAULT_DEADLINE_RULE } from '../../../../src/renderer/src/domain/deadline'
import { RECEPTION, makeIntake, seedStaff } from '../../requestFixtures'

PouchDB.plugin(memoryAdapter)

const memory = (): Pouch => new PouchDB(`mem-${crypto.randomUUID()}`, { adapter: 'memory' })
const access = { url: 'http://127.0.0.1:9', database: 'clinic', username: 'pc-a', password: 'secret' }

async function sharedPc(): Promise<DbContext> {
  const ctx = await openContext(new RegisterDb(`first-${crypto.randomUUID()}`), () => new Date('2026-11-25T01:00:00Z'))
  await seedStaff(ctx)
  return { ...ctx, shared: true }
}

describe('the first 受付番号 of a PC that has just started sharing', () => {
  it('an intake right after the start waits for the leased block and gets a number from it', async () => {
    const ctx = await sharedPc()
    const service = startSync(ctx, access, { local: memory(), remote: memory() })
    try {
      expect(await leasedLeft(ctx, 2026)).toBe(0)
      expect(await service.whenNumbersReady(10_000)).toBe(true)
      expect(await leasedLeft(ctx, 2026)).toBeGreaterThan(0)
      const saved = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
      expect(saved.receiptNo).toBe('2026-0001')
    } finally {
      service.stop()
    }
  })

  it('a PC that cannot reach the server does not wait: it says so at once and has no numbers', async () => {
    const ctx = await sharedPc()
    // The real HTTP adapter against a port nothing listens on: the connection is refused.
    const service = startSync(ctx, access, { local: memory() })
    try {
      const started = Date.now()
      expect(await service.whenNumbersReady(10_000)).toBe(false)
      expect(Date.now() - started).toBeLessThan(9_000)
      expect(service.status()).toMatchObject({ state: 'offline', message: null })
    } finally {
      service.stop()
    }
  })
})
