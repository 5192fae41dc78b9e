// The table dump inside a backup (dexie-export-import's JSON) and what a manifest says about it: row counts and
// each device's audit chain head. Pure: the same summary is written into a backup and checked on restore.
import { z } from 'zod'
import type { AuditEntry } from '../audit'
import { GENESIS_HASH } from '../audit'

/** dexie-export-import's format, as far as a restore relies on it. */
export const dexieDumpSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), rowCount: z.number() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) }))
  })
})

export type DumpTables = Map<string, unknown[]>

export interface ChainHead {
  deviceId: string
  deviceSeq: number
  hash: string
}

/** Rows per table; a table that appears in several chunks is joined. */
export function tablesOf(dump: z.infer<typeof dexieDumpSchema>): DumpTables {
  const tables: DumpTables = new Map(dump.data.tables.map((t) => [t.name, []]))
  for (const chunk of dump.data.data) {
    const rows = tables.get(chunk.tableName) ?? []
    rows.push(...chunk.rows)
    tables.set(chunk.tableName, rows)
  }
  return tables
}

export function countsOf(tables: DumpTables): Record<string, number> {
  return Object.fromEntries([...tables].map(([name, rows]) => [name, rows.length]))
}

/** Audit entries grouped by device, each in deviceSeq order. */
export function chainsOf(entries: readonly AuditEntry[]): Map<string, AuditEntry[]> {
  const byDevice = new Map<string, AuditEntry[]>()
  for (const e of entries) {
    const list = byDevice.get(e.deviceId)
    if (list) list.push(e)
    else byDevice.set(e.deviceId, [e])
  }
  for (const list of byDevice.values()) list.sort((a, b) => a.deviceSeq - b.deviceSeq)
  return byDevice
}

/** Each device's last entry, in deviceId order so that two summaries compare equal. */
export function chainHeadsOf(entries: readonly AuditEntry[]): ChainHead[] {
  return [...chainsOf(entries)]
    .map(([deviceId, list]) => {
      const last = list[list.length - 1]
      return { deviceId, deviceSeq: last?.deviceSeq ?? 0, hash: last?.hash ?? GENESIS_HASH }
    })
    .sort((a, b) => a.deviceId.localeCompare(b.deviceId))
}
