// Replacing the whole register with a checked backup, in one transaction: every table is cleared and refilled,
// the chains are verified again, and the restore is recorded, or nothing changes at all.
import { verifyDeviceChain } from '../../domain/audit'
import type { BackupCheck } from '../../domain/backup/checkBackup'
import { chainsOf } from '../../domain/backup/dump'
import type { Actor } from '../../domain/staff'
import { appendAudit } from '../auditLog'
import type { DbContext } from '../context'
import { DomainError } from '../requests'
import type { Progress } from './exportBackup'
import { requireManager } from '../authority'
import { NOT_YET_SHARED, refuseOnSharedRegister } from '../authority'

type GoodBackup = Extract<BackupCheck, { ok: true }>

export interface RestoreOptions {
  /** The manager's separate confirmation of 「別の PC から移す」 for a backup of another clinic. */
  moveFromOtherPc: boolean
  fileName: string
  onProgress?: Progress
}

/** Who restores a register that vanished: nobody can log in to an empty register. */
const BEFORE_LOGIN: Actor = { id: 'system', name: 'システム(ログイン前の復元)', role: 'manager' }

const CHUNK = 2000

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
  const known = new Set(db.tables.map((t) => t.name))
  const total = [...backup.tables].reduce((n, [name, rows]) => n + (known.has(name) ? rows.length : 0), 0)
  return db.transaction('rw', db.tables, async () => {
    if (actor) await requireManager(ctx, actor)
    else if ((await db.staff.count()) > 0) throw new DomainError('管理者でログインしてから復元してください。')
    let done = 0
    for (const table of db.tables) await table.clear()
    for (const [name, rows] of backup.tables) {
      if (!known.has(name)) continue
      const table = db.table(name)
      for (let i = 0; i < rows.length; i += CHUNK) {
        await table.bulkAdd(rows.slice(i, i + CHUNK))
        done += Math.min(CHUNK, rows.length - i)
        options.onProgress?.(done, total)
      }
    }
    const device = await db.device.get('this')
    if (!device) throw new DomainError('バックアップに端末の情報がありません。別のバックアップを選んでください。')
    const audit = await db.audit.toArray()
    for (const entries of chainsOf(audit).values()) {
      if (verifyDeviceChain(entries).length > 0)
        throw new DomainError('復元後の確認で監査記録のつながりが合いませんでした。何も変更していません。')
    }
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
