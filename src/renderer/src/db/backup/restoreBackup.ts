// Replacing the whole register with a checked backup, in one transaction: every table is cleared and refilled
// from the file as it is read, the chains are verified again page by page, and the restore is recorded, or nothing
// changes at all.
import { Dexie } from 'dexie'
import type { BackupCheck } from '../../domain/backup/checkBackup'
import type { ChainHead } from '../../domain/chainCheck'
import { readStoredRow, STORED_SCHEMAS, type StoredTable } from '../../domain/records'
import type { Actor } from '../../domain/staff'
import { appendAudit } from '../auditLog'
import type { DbContext } from '../context'
import { DomainError } from '../requests'
import type { Progress } from './exportBackup'
import { NOT_YET_SHARED, refuseOnSharedRegister, requireManager } from '../authority'
import { verifyAuditChains } from '../integrity'
import { createDumpReader, readPieces } from './dumpReader'

type GoodBackup = Extract<BackupCheck, { ok: true }>

export interface RestoreOptions {
  /** The manager's separate confirmation of 「別の PC から移す」 for a backup of another clinic. */
  moveFromOtherPc: boolean
  fileName: string
  onProgress?: Progress
}

/** Who restores a register that vanished: nobody can log in to an empty register. */
const BEFORE_LOGIN: Actor = { id: 'system', name: 'システム(ログイン前の復元)', role: 'manager' }

const READ_BYTES = 4 * 1024 * 1024

const sameHeads = (a: readonly ChainHead[], b: readonly ChainHead[]) => {
  const key = (heads: readonly ChainHead[]) =>
    JSON.stringify([...heads].sort((x, y) => x.deviceId.localeCompare(y.deviceId)))
  return key(a) === key(b)
}

/** A row as the register stores it; one that does not parse ends the restore with nothing changed. */
function parsedRow(table: string, raw: unknown): unknown {
  if (!(table in STORED_SCHEMAS)) return raw
  const read = readStoredRow(table as StoredTable, raw)
  if (!read.ok) throw new DomainError(`バックアップの中に読めない記録があります(${table})。何も変更していません。`)
  return read.row
}

/**
 * `actor` is null only for a register that vanished: then the current database must hold no staff at all.
 * Returns the identity of the restored register (its clinic and device).
 */
export async function restoreBackup(
  ctx: DbContext,
  actor: Actor | null,
  backup: GoodBackup,
  options: RestoreOptions
): Promise<{ clinicId: string; deviceId: string }> {
  // An older copy would rewind this PC's chain under numbers the server already holds: a shared PC that lost its
  // register starts empty instead and takes everything back from the server (README, 複数の PC).
  refuseOnSharedRegister(ctx, 'バックアップからの復元', NOT_YET_SHARED.restore)
  if (backup.otherClinic && !options.moveFromOtherPc)
    throw new DomainError(
      '別の医療機関(別の PC)のバックアップです。「別の PC から移す」を確認してから復元してください。'
    )
  const { db } = ctx
  const total = Object.values(backup.summary.counts).reduce((a, b) => a + b, 0)
  return db.transaction('rw', db.tables, async () => {
    if (actor) await requireManager(ctx, actor)
    else if ((await db.staff.count()) > 0) throw new DomainError('管理者でログインしてから復元してください。')
    // The file is read piece by piece inside this transaction (Dexie.waitFor keeps it open while a piece is
    // read), and every row is parsed again on its way in: all of it lands, or none of it.
    for (const table of db.tables) await table.clear()
    const known = new Set(db.tables.map((t) => t.name))
    let pending: { table: string; rows: unknown[] }[] = []
    const reader = createDumpReader((table, raw) => {
      if (!known.has(table)) return
      const row = parsedRow(table, raw)
      const last = pending.at(-1)
      if (last?.table === table) last.rows.push(row)
      else pending.push({ table, rows: [row] })
    })
    let done = 0
    const flush = async () => {
      const batch = pending
      pending = []
      for (const { table, rows } of batch) {
        await db.table(table).bulkAdd(rows)
        done += rows.length
      }
      options.onProgress?.(done, total)
    }
    await readPieces(
      backup.content,
      READ_BYTES,
      async (piece) => {
        reader.write(piece)
        await flush()
      },
      (read) => Dexie.waitFor(read)
    )
    reader.end()
    await flush()
    const device = await db.device.get('this')
    if (!device) throw new DomainError('バックアップに端末の情報がありません。別のバックアップを選んでください。')
    // Every entry's own hashes were checked when this file was checked; what was written is read back here and its
    // chains checked again: numbering, links and each device's head as the manifest records it.
    const { problems, heads } = await verifyAuditChains(ctx, { linksOnly: true })
    if (problems.length > 0 || !sameHeads(heads, backup.summary.chainHeads))
      throw new DomainError('復元後の確認で監査記録のつながりが合いませんでした。何も変更していません。')
    const restored: DbContext = { ...ctx, clinicId: device.clinicId, deviceId: device.deviceId }
    const counts = Object.entries(backup.summary.counts).map(([t, n]) => `${t} ${String(n)}件`)
    await appendAudit(
      restored,
      actor ?? BEFORE_LOGIN,
      {
        entity: 'backup',
        entityId: options.fileName,
        action: 'backup:restore',
        summary: `バックアップ(${backup.summary.createdAt})から復元`,
        payload: {
          fileName: options.fileName,
          counts,
          moveFromOtherPc: backup.otherClinic,
          chainHeads: backup.summary.chainHeads
        }
      },
      ctx.now().toISOString()
    )
    return { clinicId: device.clinicId, deviceId: device.deviceId }
  })
}
