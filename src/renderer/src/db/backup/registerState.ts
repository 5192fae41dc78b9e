// What the anchor file and the vanished-register check need to know of the database: its identity, row counts
// and each device's chain head, read from indexes without loading the tables.
import { Dexie } from 'dexie'
import type { ChainHead } from '../../domain/backup/dump'
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
    const chainHeads: ChainHead[] = []
    const index = db.audit.orderBy('[deviceId+deviceSeq]')
    let next = await index.first()
    while (next) {
      const deviceId = next.deviceId
      const last = await db.audit
        .where('[deviceId+deviceSeq]')
        .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
        .last()
      if (last) chainHeads.push({ deviceId, deviceSeq: last.deviceSeq, hash: last.hash })
      next = await db.audit.where('[deviceId+deviceSeq]').above([deviceId, Dexie.maxKey]).first()
    }
    return { clinicId: ctx.clinicId, deviceId: ctx.deviceId, counts, chainHeads }
  })
}
