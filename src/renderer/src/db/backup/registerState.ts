// What the anchor file and the vanished-register check need to know of the database: its identity, row counts
// and each device's chain head, read from indexes without loading the tables. Counting a table walks every row of
// it (about a second for 40,000 audit entries on a clinic PC), so the opening check asks only whether the tables
// hold anything, and the full count is left to work that runs when the window is idle.
import { Dexie } from 'dexie'
import type { ChainHead } from '../../domain/chainCheck'
import type { DbContext } from '../context'

export interface RegisterState {
  clinicId: string
  deviceId: string
  counts: Record<string, number>
  chainHeads: ChainHead[]
}

export async function registerState(ctx: DbContext): Promise<RegisterState> {
  const { db } = ctx
  return db.transaction('r', db.tables, async () => {
    const counts: Record<string, number> = {}
    for (const table of db.tables) counts[table.name] = await table.count()
    return { clinicId: ctx.clinicId, deviceId: ctx.deviceId, counts, chainHeads: await chainHeads(ctx) }
  })
}

/** Each device's newest audit entry, in deviceId order (two lists of heads compare equal as JSON). */
export async function chainHeads(ctx: DbContext): Promise<ChainHead[]> {
  const { db } = ctx
  const heads: ChainHead[] = []
  let next = await db.audit.orderBy('[deviceId+deviceSeq]').first()
  while (next) {
    const deviceId = next.deviceId
    const last = await db.audit
      .where('[deviceId+deviceSeq]')
      .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
      .last()
    if (last) heads.push({ deviceId, deviceSeq: last.deviceSeq, hash: last.hash })
    next = await db.audit.where('[deviceId+deviceSeq]').above([deviceId, Dexie.maxKey]).first()
  }
  return heads
}

/** Whether a register holds data, for the opening check: each count is 0 or 1 (the table is empty or not). */
export interface RegisterPresence {
  clinicId: string
  counts: { staff: number; requests: number; audit: number }
}

/** The register's identity and whether its staff, requests and audit tables hold any row, one key read each. */
export async function registerPresence(ctx: DbContext): Promise<RegisterPresence> {
  const { db } = ctx
  const any = async (table: { limit: (n: number) => { primaryKeys: () => Promise<unknown[]> } }) =>
    (await table.limit(1).primaryKeys()).length
  return db.transaction('r', [db.staff, db.requests, db.audit], async () => {
    const [staff, requests, audit] = await Promise.all([any(db.staff), any(db.requests), any(db.audit)])
    return { clinicId: ctx.clinicId, counts: { staff, requests, audit } }
  })
}
