// What every repository function needs: the database, this installation's identity and a clock.
import { v7 as uuidv7 } from 'uuid'
import type { ChainHead } from '../domain/audit'
import type { RegisterDb } from './database'
import type { NewerRegister } from './newerSchema'

export interface DbContext {
  db: RegisterDb
  clinicId: string
  deviceId: string
  /** The clock, passed in so tests control time. */
  now: () => Date
  /** Told this device's new chain head once a write has committed (the app anchors it outside the database). */
  onCommitted?: (head: ChainHead) => void
  /** Set when a newer app version wrote the register: it is open read-only and every write is refused. */
  readOnly?: NewerRegister
  /**
   * Set when this PC shares the register with others through the clinic's server: 受付番号 then come only from
   * blocks leased from the server (db/replication/leases.ts), never from the local counter alone, and what cannot
   * yet be done on a shared register (the retention purge) is refused.
   */
  shared?: boolean
}

/** Generated string keys, time-ordered, safe to replicate (no auto-increment). */
export function newId(): string {
  return uuidv7()
}

/** Opens this installation's identity, creating it on first start. */
export async function openContext(db: RegisterDb, now: () => Date = () => new Date()): Promise<DbContext> {
  const device = await db.transaction('rw', db.device, async () => {
    const found = await db.device.get('this')
    if (found) return found
    const row = { id: 'this' as const, deviceId: newId(), clinicId: newId(), createdAt: now().toISOString() }
    await db.device.add(row)
    return row
  })
  return { db, clinicId: device.clinicId, deviceId: device.deviceId, now }
}
