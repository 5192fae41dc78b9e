// PIN changes and resets, and the 復旧コード. Who may do what is checked here, inside each transaction, against
// the staff table. Slow hashing and verification happen before a transaction opens (a Dexie transaction
// cannot wait on WebCrypto); the transaction then re-reads the row and refuses if it changed meanwhile.
import type { Actor, StaffRecord } from '../domain/staff'
import { verifyPin } from '../domain/pin'
import { staffShare } from '../domain/staffShare'
import { verifyRecoveryCode } from '../domain/recoveryCode'
import { appendAudit } from './auditLog'
import type { DbContext } from './context'
import { requireManager } from './authority'
import { DomainError } from './errors'

const CHANGED_MEANWHILE = '他の操作と重なりました。もう一度やり直してください。'

async function activeStaff(ctx: DbContext, id: string): Promise<StaffRecord> {
  const row = await ctx.db.staff.get(id)
  if (!row?.active) throw new DomainError('職員が見つからないか、利用停止中です。')
  return row
}

async function writePin(
  ctx: DbContext,
  actor: Actor,
  row: StaffRecord,
  pinHash: string,
  mustChangePin: boolean,
  action: string,
  summary: string
): Promise<void> {
  const at = ctx.now().toISOString()
  const next = { ...row, pinHash, mustChangePin, failures: 0, lockedUntil: null, updatedAt: at }
  await ctx.db.staff.put(next)
  // The hash never enters the trail; that the PIN changed does, with the row's share for the other PCs.
  await appendAudit(
    ctx,
    actor,
    { entity: 'staff', entityId: row.id, action, summary, payload: { mustChangePin, ...staffShare(next) } },
    at
  )
}

/** Anyone changes their own PIN, proving the current one (or right after a reset, the temporary one). */
export async function changeOwnPin(ctx: DbContext, actor: Actor, currentPin: string, newPinHash: string) {
  const before = await activeStaff(ctx, actor.id)
  if (!(await verifyPin(currentPin, before.pinHash))) throw new DomainError('今の PIN が違います。')
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    const row = await activeStaff(ctx, actor.id)
    if (row.pinHash !== before.pinHash) throw new DomainError(CHANGED_MEANWHILE)
    await writePin(ctx, actor, row, newPinHash, false, 'staff:pinChange', `${row.name} が自分の PIN を変更`)
  })
}

/** A manager gives another staff member a temporary PIN, to be replaced at their next login. */
export async function resetStaffPin(ctx: DbContext, actor: Actor, staffId: string, temporaryPinHash: string) {
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit], async () => {
    await requireManager(ctx, actor, 'PIN の再設定')
    if (staffId === actor.id) throw new DomainError('自分の PIN は「自分の PIN を変更」から変更してください。')
    const row = await ctx.db.staff.get(staffId)
    if (!row) throw new DomainError('職員が見つかりません。')
    await writePin(ctx, actor, row, temporaryPinHash, true, 'staff:pinReset', `${row.name} の PIN を再設定`)
  })
}

export async function hasRecoveryCode(ctx: DbContext): Promise<boolean> {
  return (await ctx.db.recovery.get('clinic')) !== undefined
}

/** Stores a new code's hash: at the first start (no code yet) by anyone, afterwards only by a manager. */
export async function storeRecoveryCode(ctx: DbContext, actor: Actor, codeHash: string): Promise<void> {
  const { db } = ctx
  await db.transaction('rw', [db.recovery, db.staff, db.audit], async () => {
    const existing = await db.recovery.get('clinic')
    if (existing) await requireManager(ctx, actor, '復旧コードの再発行')
    const at = ctx.now().toISOString()
    await db.recovery.put({
      id: 'clinic',
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      codeHash,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at
    })
    const summary = existing ? '復旧コードを再発行' : '復旧コードを発行'
    await appendAudit(
      ctx,
      actor,
      { entity: 'staff', entityId: 'recovery', action: 'recovery:issue', summary, payload: null },
      at
    )
  })
}

/** With the printed code, a manager's PIN is reset (the lockout lifted), for when no manager can log in. */
export async function recoverManagerPin(ctx: DbContext, staffId: string, code: string, newPinHash: string) {
  const stored = await ctx.db.recovery.get('clinic')
  if (!stored || !(await verifyRecoveryCode(code, stored.codeHash)))
    throw new DomainError('復旧コードが違います。金庫に保管した用紙の文字を確かめて入力してください。')
  await ctx.db.transaction('rw', [ctx.db.staff, ctx.db.audit, ctx.db.recovery], async () => {
    const now = await ctx.db.recovery.get('clinic')
    if (now?.codeHash !== stored.codeHash) throw new DomainError(CHANGED_MEANWHILE)
    const row = await activeStaff(ctx, staffId)
    if (row.role !== 'manager') throw new DomainError('復旧コードで再設定できるのは管理者の PIN だけです。')
    // The trail names the manager whose PIN the printed code reset; nobody else acts here.
    await writePin(
      ctx,
      { id: row.id, name: row.name, role: row.role },
      row,
      newPinHash,
      false,
      'staff:pinRecovered',
      `復旧コードで ${row.name} の PIN を再設定`
    )
  })
}
