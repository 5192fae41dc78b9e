// Provision and receipt records (APPI 29・30条): added by staff, purged by a manager once their retention has
// ended (規則21条・24条), each write one transaction with its audit entry.
import { toSearchKey } from '../domain/kana'
import type { ProvisionForm } from '../domain/provisions/forms'
import { isExpired, retentionEnd } from '../domain/provisions/retention'
import { provisionRecordSchema, type ProvisionRecord } from '../domain/records/provision'
import type { Actor } from '../domain/staff'
import { backupBefore, requireBackedUp, type BackupFirst } from './backupFirst'
import { appendAudit } from './auditLog'
import { newId, type DbContext } from './context'
import { NOT_YET_SHARED, refuseOnSharedRegister, requireManager } from './authority'
import { DomainError } from './requests'

const summaryOf = (r: Pick<ProvisionRecord, 'direction'>) => (r.direction === 'provision' ? '提供記録' : '確認記録')

export async function addProvisionRecord(ctx: DbContext, actor: Actor, input: ProvisionForm): Promise<ProvisionRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.provisions, db.audit], async () => {
    const at = ctx.now().toISOString()
    const row = provisionRecordSchema.parse({
      ...input,
      id: newId(),
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      retentionEnd: retentionEnd(input),
      createdAt: at,
      updatedAt: at
    })
    await db.provisions.add(row)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'provision',
        entityId: row.id,
        action: 'provision:create',
        summary: `${summaryOf(row)}を作成`,
        payload: row
      },
      at
    )
    return row
  })
}

/** A further provision under a bulk or contract record: the last date moves, and the retention end with it. */
export async function recordFurtherProvision(
  ctx: DbContext,
  actor: Actor,
  id: string,
  providedOn: string
): Promise<ProvisionRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.provisions, db.audit], async () => {
    const current = await db.provisions.get(id)
    if (!current) throw new DomainError('記録が見つかりません。一覧から開き直してください。')
    if (current.form === 'single' && !current.contract)
      throw new DomainError('個別に作成した記録には追加の提供日を記録できません。新しい記録を作成してください。')
    if (providedOn < current.lastProvidedOn) return current
    const at = ctx.now().toISOString()
    const next = { ...current, lastProvidedOn: providedOn, updatedAt: at }
    next.retentionEnd = retentionEnd(next)
    await db.provisions.put(next)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'provision',
        entityId: id,
        action: 'provision:furtherProvision',
        summary: `${summaryOf(current)}に提供日を追加`,
        payload: { providedOn, retentionEnd: next.retentionEnd }
      },
      at
    )
    return next
  })
}

export async function listProvisionRecords(ctx: DbContext): Promise<ProvisionRecord[]> {
  return ctx.db.provisions.orderBy('recordedOn').reverse().toArray()
}

/** The records about one person (第三者提供記録の開示, 33条5項), matched by name or by reading. */
export async function provisionRecordsOf(
  ctx: DbContext,
  person: { name: string; nameKana: string }
): Promise<ProvisionRecord[]> {
  const kana = toSearchKey(person.nameKana)
  const name = toSearchKey(person.name)
  const all = await listProvisionRecords(ctx)
  return all.filter((r) => (kana !== '' && toSearchKey(r.personKana) === kana) || toSearchKey(r.personName) === name)
}

/** A manager deletes the records whose retention has ended; the count stays in the audit trail. */
export async function purgeExpiredProvisionRecords(
  ctx: DbContext,
  actor: Actor,
  today: string,
  backup: BackupFirst
): Promise<number> {
  const { db } = ctx
  const what = '保存期間を過ぎた記録の削除'
  // Refused before any backup is taken when the actor may not purge or the register is shared.
  await db.transaction('r', [db.staff], () => requireManager(ctx, actor, what))
  refuseOnSharedRegister(ctx, what, NOT_YET_SHARED.purge)
  const heads = await backupBefore(what, backup)
  return db.transaction('rw', [db.provisions, db.staff, db.audit], async () => {
    await requireManager(ctx, actor, what)
    await requireBackedUp(ctx, heads)
    const expired = await db.provisions.where('retentionEnd').below(today).toArray()
    const ids = expired.filter((r) => isExpired(r, today)).map((r) => r.id)
    if (ids.length === 0) return 0
    await db.provisions.bulkDelete(ids)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'retention',
        entityId: 'provisions',
        action: 'retention:purgeProvisions',
        summary: `保存期間を過ぎた提供・確認記録 ${ids.length}件を削除`,
        payload: { count: ids.length, before: today }
      },
      ctx.now().toISOString()
    )
    return ids.length
  })
}
