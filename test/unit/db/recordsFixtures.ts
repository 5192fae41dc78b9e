// A fresh database with one 管理者 and one 受付 in the staff table, for the record repositories' manager checks.
import 'fake-indexeddb/auto'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { SYSTEM_ACTOR, addStaff } from '../../../src/renderer/src/db/staffRepo'
import type { Actor } from '../../../src/renderer/src/domain/staff'

export interface RecordsSetup {
  ctx: DbContext
  clock: { now: Date }
  manager: Actor
  reception: Actor
}

export async function setupWithStaff(iso = '2026-11-25T01:00:00.000Z'): Promise<RecordsSetup> {
  const clock = { now: new Date(iso) }
  const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => clock.now)
  const m = await addStaff(ctx, SYSTEM_ACTOR, { name: '佐藤 管理', role: 'manager', pinHash: '' })
  const r = await addStaff(ctx, SYSTEM_ACTOR, { name: '鈴木 受付', role: 'reception', pinHash: '' })
  return {
    ctx,
    clock,
    manager: { id: m.id, name: m.name, role: m.role },
    reception: { id: r.id, name: r.name, role: r.role }
  }
}
