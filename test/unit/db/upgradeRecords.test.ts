// Version 6 adds the record tables beside the earlier ones; data of version 2 stays as it was.
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { openIncident } from '../../../src/renderer/src/db/incidents'
import { createFirstManager } from '../../../src/renderer/src/db/staffRepo'
import { storesUpTo } from './releasedStores'

/** The schema as version 2 shipped it. */
class V2Db extends Dexie {
  constructor(name: string) {
    super(name)
    storesUpTo(2).forEach((stores, i) => this.version(i + 1).stores(stores))
  }
}

describe('upgrade from version 2 to version 6 (record tables)', () => {
  it('keeps the version-2 rows and the chain, and the incident table works on the upgraded data', async () => {
    const name = `upgrade6-${crypto.randomUUID()}`
    const v2 = new V2Db(name)
    const ctx2 = await openContext(v2 as unknown as RegisterDb, () => new Date('2026-11-25T01:00:00.000Z'))
    // Requests written by version 2 are covered by the released fixtures (fixtures.test.ts); here, staff and chain.
    const staff = await createFirstManager(ctx2, { name: '佐藤 管理', pinHash: '' })
    const audit = await v2.table('audit').toArray()
    v2.close()

    const db = new RegisterDb(name)
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(6)
    expect(await db.audit.toArray()).toEqual(audit)
    const ctx = await openContext(db, () => new Date('2026-11-26T01:00:00.000Z'))
    const manager = { id: staff.id, name: staff.name, role: staff.role }
    await openIncident(ctx, manager, { title: '誤送付', knownAt: '2026-11-26T09:00', situations: ['sensitive'] })
    expect(await db.incidents.count()).toBe(1)
    expect(await verifyAuditChain(ctx)).toMatchObject({ problems: [], devices: 1 })
    db.close()
  })
})
