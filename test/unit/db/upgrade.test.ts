// Every version upgrade is tested on data of the previous one (SPEC.md "Where the data lives").
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { issueLetter, lettersFor } from '../../../src/renderer/src/db/letters'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { restoreRequest } from '../../../src/renderer/src/domain/requestRestore'
import { MANAGER, RECEPTION, makeDecision, makeIntake } from '../requestFixtures'

/** The schema exactly as version 1 shipped it. */
const V1_STORES = {
  requests: 'id, &receiptNo, [receivedOn+receiptNo], status, kind, dueOn, *searchKeys, updatedAt',
  staff: 'id, name, updatedAt',
  settings: 'id',
  device: 'id',
  audit: 'id, &[deviceId+deviceSeq], entityId, at',
  numbering: 'id'
}

class V1Db extends Dexie {
  constructor(name: string) {
    super(name)
    this.version(1).stores(V1_STORES)
  }
}

const TABLES = Object.keys(V1_STORES)

describe('upgrade from version 1 to the current version (letters, recovery code)', () => {
  it('keeps every version-1 row intact and the letters table works on the upgraded data', async () => {
    const name = `upgrade-${crypto.randomUUID()}`
    // Data written by the version-1 app, through its own repositories (RegisterDb minus the letters table).
    const v1 = new V1Db(name)
    const ctx1 = await openContext(v1 as unknown as RegisterDb, () => new Date('2026-11-25T01:00:00.000Z'))
    const approved = await createRequest(ctx1, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await applyRequestEvent(ctx1, RECEPTION, approved.id, {
      type: 'recordIdentity',
      check: { documents: ['driverLicense'], result: 'verified', note: '' }
    })
    await applyRequestEvent(ctx1, RECEPTION, approved.id, {
      type: 'submitDecision',
      decision: makeDecision({ outcome: 'fullDisclosure' })
    })
    await applyRequestEvent(ctx1, MANAGER, approved.id, { type: 'approve', comment: '' })
    await createRequest(
      ctx1,
      RECEPTION,
      makeIntake({ person: { ...makeIntake().person, name: '鈴木 花子', nameKana: 'スズキ ハナコ' } }),
      DEFAULT_DEADLINE_RULE
    )
    await v1.table('staff').add({
      id: 's1',
      clinicId: ctx1.clinicId,
      deviceId: ctx1.deviceId,
      name: '佐藤 管理',
      role: 'manager',
      pinHash: 'x',
      active: true,
      failures: 0,
      lockedUntil: null,
      createdAt: 'a',
      updatedAt: 'a'
    })
    await v1.table('settings').add({
      id: 'clinic',
      clinicId: ctx1.clinicId,
      deviceId: ctx1.deviceId,
      value: DEFAULT_SETTINGS,
      createdAt: 'a',
      updatedAt: 'a'
    })
    const before = Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, await v1.table(t).toArray()] as const))
    )
    expect(v1.verno).toBe(1)
    v1.close()

    const db = new RegisterDb(name)
    await db.open()
    expect(db.verno).toBe(5)
    // Rows are read through the fill-defaults step: a v1 request gains the requester's empty contact fields.
    for (const t of TABLES) {
      const expected = t === 'requests' ? (before[t] as RequestRecord[]).map(restoreRequest) : before[t]
      expect(await db.table(t).toArray(), t).toEqual(expected)
    }
    expect(await db.recovery.count()).toBe(0)
    const ctx = await openContext(db, () => new Date('2026-11-26T01:00:00.000Z'))
    expect([ctx.clinicId, ctx.deviceId]).toEqual([ctx1.clinicId, ctx1.deviceId])
    // Indexes of version 1 still answer.
    expect(await db.requests.where('receiptNo').equals('2026-0002').count()).toBe(1)
    expect(await db.requests.where('searchKeys').startsWith('スズキ').distinct().count()).toBe(1)

    const letter = await issueLetter(
      ctx,
      MANAGER,
      approved.id,
      { templateId: 'disclosureDecision', issuedOn: '2026-11-26', sentBy: 'handed' },
      DEFAULT_SETTINGS
    )
    expect(await lettersFor(ctx, approved.id)).toEqual([letter])
    expect((await db.requests.get(approved.id))?.status).toBe('notified')
    // The audit chain written before the upgrade continues unbroken after it.
    expect(await verifyAuditChain(ctx)).toMatchObject({ problems: [], devices: 1 })
    db.close()
  })
})
