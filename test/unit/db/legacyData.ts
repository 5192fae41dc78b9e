// Data as an earlier app version left it: written by today's repositories into a scratch database, then copied
// row for row into a database declared with the earlier schema. Earlier versions wrote the same row shapes;
// only tables added later (letters in v2, summaries in v3) are left out.
import { Dexie } from 'dexie'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { MANAGER, RECEPTION, makeDecision, makeIntake, seedStaff } from '../requestFixtures'
import { V1, V2 } from './releasedStores'

/** The schema exactly as version 1 shipped it, and what version 2 added. */
export const V1_STORES = V1
export const V2_STORES = V2

export class LegacyDb extends Dexie {
  constructor(name: string, version: 1 | 2) {
    super(name)
    this.version(1).stores(V1_STORES)
    if (version === 2) this.version(2).stores(V2_STORES)
  }
}

export interface LegacyData {
  approvedId: string
  rows: Record<string, unknown[]>
}

/** Two requests (one approved, one just received), a manager and the settings, as the app writes them. */
export async function legacyRows(): Promise<LegacyData> {
  const scratch = new RegisterDb(`scratch-${crypto.randomUUID()}`)
  const ctx = await openContext(scratch, () => new Date('2026-11-25T01:00:00.000Z'))
  await seedStaff(ctx)
  const approved = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
  await applyRequestEvent(ctx, RECEPTION, approved.id, {
    type: 'recordIdentity',
    check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
  })
  await applyRequestEvent(ctx, RECEPTION, approved.id, {
    type: 'submitDecision',
    decision: makeDecision({ outcome: 'fullDisclosure' })
  })
  await applyRequestEvent(ctx, MANAGER, approved.id, { type: 'approve', comment: '' })
  await createRequest(
    ctx,
    RECEPTION,
    makeIntake({ person: { ...makeIntake().person, name: '鈴木 花子', nameKana: 'スズキ ハナコ' } }),
    DEFAULT_DEADLINE_RULE
  )
  const rows: Record<string, unknown[]> = Object.fromEntries(
    await Promise.all(Object.keys(V1_STORES).map(async (t) => [t, await scratch.table(t).toArray()] as const))
  )
  rows.staff = [
    {
      id: 's1',
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      name: '佐藤 管理',
      role: 'manager',
      pinHash: 'x',
      active: true,
      failures: 0,
      lockedUntil: null,
      createdAt: 'a',
      updatedAt: 'a'
    }
  ]
  rows.settings = [
    {
      id: 'clinic',
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      value: DEFAULT_SETTINGS,
      createdAt: 'a',
      updatedAt: 'a'
    }
  ]
  scratch.close()
  return { approvedId: approved.id, rows }
}

/** A database of the given version holding the rows. */
export async function writeLegacy(name: string, version: 1 | 2, rows: Record<string, unknown[]>): Promise<void> {
  const db = new LegacyDb(name, version)
  await db.open()
  for (const [t, list] of Object.entries(rows)) await db.table(t).bulkAdd(list)
  db.close()
}
