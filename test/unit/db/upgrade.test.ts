// Every version upgrade is tested on data of the previous one (SPEC.md "Where the data lives").
import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { issueLetter, lettersFor } from '../../../src/renderer/src/db/letters'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { restoreRequest } from '../../../src/renderer/src/domain/requestRestore'
import { MANAGER, seedStaff } from '../requestFixtures'
import { LegacyDb, V1_STORES, legacyRows, writeLegacy } from './legacyData'
import { CURRENT_SCHEMA } from './releasedStores'

const TABLES = Object.keys(V1_STORES)

describe('upgrade from version 1', () => {
  it('keeps every version-1 row intact and the letters table works on the upgraded data', async () => {
    const name = `upgrade-${crypto.randomUUID()}`
    const { approvedId, rows } = await legacyRows()
    await writeLegacy(name, 1, rows)
    const v1 = new LegacyDb(name, 1)
    await v1.open()
    const before = Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, await v1.table(t).toArray()] as const))
    )
    expect(v1.verno).toBe(1)
    v1.close()

    const db = new RegisterDb(name)
    await db.open()
    // Opens at the newest version.
    expect(db.verno).toBe(CURRENT_SCHEMA)
    // Rows are read through the fill-defaults step: a v1 request gains the requester's empty contact fields.
    for (const t of TABLES) {
      const expected = t === 'requests' ? (before[t] as RequestRecord[]).map(restoreRequest) : before[t]
      expect(await db.table(t).toArray(), t).toEqual(expected)
    }
    expect(await db.recovery.count()).toBe(0)
    const ctx = await openContext(db, () => new Date('2026-11-26T01:00:00.000Z'))
    await seedStaff(ctx)
    expect(rows.device).toMatchObject([{ id: 'this', clinicId: ctx.clinicId, deviceId: ctx.deviceId }])
    // Indexes of version 1 still answer.
    expect(await db.requests.where('receiptNo').equals('2026-0002').count()).toBe(1)
    expect(await db.requests.where('searchKeys').startsWith('スズキ').distinct().count()).toBe(1)

    const letter = await issueLetter(
      ctx,
      MANAGER,
      approvedId,
      { templateId: 'disclosureDecision', issuedOn: '2026-11-26', sentBy: 'handed' },
      DEFAULT_SETTINGS
    )
    expect(await lettersFor(ctx, approvedId)).toEqual([letter])
    expect((await db.requests.get(approvedId))?.status).toBe('notified')
    // The audit chain written before the upgrade continues unbroken after it.
    expect(await verifyAuditChain(ctx)).toMatchObject({ problems: [], devices: 1 })
    db.close()
  })
})
