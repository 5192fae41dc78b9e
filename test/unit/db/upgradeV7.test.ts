// Version 7 adds two audit indexes ([actorId+at], [action+at]) for the 監査記録 screen's filters. Proven on a
// version-6 register: the trail written before is indexed by the upgrade and answers by staff and by action.
import { readFileSync } from 'node:fs'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import type { AuditEntry } from '../../../src/renderer/src/domain/audit'
import { storesUpTo, CURRENT_SCHEMA } from './releasedStores'

const trail = (
  JSON.parse(readFileSync(new URL('../../fixtures/register-v2.json', import.meta.url), 'utf8')) as {
    tables: { audit: AuditEntry[] }
  }
).tables.audit

describe('upgrade from version 6', () => {
  it('indexes the existing audit trail by who acted and by action, each in time order', async () => {
    const name = `upgrade-v7-${crypto.randomUUID()}`
    const old = new Dexie(name)
    storesUpTo(6).forEach((stores, i) => old.version(i + 1).stores(stores))
    await old.open()
    await old.table('audit').bulkAdd(trail)
    old.close()

    const db = new RegisterDb(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA)
    expect(await db.audit.toArray()).toEqual(expect.arrayContaining(trail))
    const actor = trail[0]?.actorId ?? ''
    const byActor = await db.audit.where('[actorId+at]').between([actor, ''], [actor, '\uffff']).toArray()
    expect(byActor.length).toBe(trail.filter((e) => e.actorId === actor).length)
    expect(byActor.map((e) => e.at)).toEqual([...byActor.map((e) => e.at)].sort())
    const created = db.audit.where('[action+at]').between(['request:create', ''], ['request:create', '\uffff'])
    expect(await created.count()).toBe(trail.filter((e) => e.action === 'request:create').length)
    expect(await created.count()).toBeGreaterThan(0)
    db.close()
  })
})
