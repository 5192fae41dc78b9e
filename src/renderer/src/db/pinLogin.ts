// Logging in with a PIN, with the lockout after repeated mistakes counted inside a write transaction: each
// attempt is claimed (counted as a failure) before the PIN is checked, so attempts made in parallel are
// serialised by the staff table and can never exceed the limit. A correct PIN then clears the count.
import { afterFailure, afterSuccess, lockRemainingSeconds, verifyPin, type LockoutPolicy } from '../domain/pin'
import type { Actor, StaffRecord } from '../domain/staff'
import { appendAudit, recordEvent } from './auditLog'
import type { DbContext } from './context'
import { getStaff } from './staffRepo'

export type LoginResult = { ok: true; actor: Actor } | { ok: false; message: string }

const LOCKED =
  'PIN を続けて間違えたため、しばらくログインできません。時間をおいてやり直すか、管理者に PIN の再設定を依頼してください。'

type Claim = { ok: true; staff: StaffRecord; lockedNow: boolean } | { ok: false; message: string }

/** Counts this attempt as a failure before the PIN is checked (refused while locked). */
async function claimAttempt(ctx: DbContext, staffId: string, policy?: LockoutPolicy): Promise<Claim> {
  const { db } = ctx
  return db.transaction('rw', [db.staff, db.audit], async () => {
    const staff = await getStaff(ctx, staffId)
    if (!staff?.active) return { ok: false, message: '職員を選んでください。' }
    const now = ctx.now()
    const wait = lockRemainingSeconds(staff, now)
    if (wait > 0)
      return { ok: false, message: `PIN を続けて間違えたため、あと${Math.ceil(wait / 60)}分はログインできません。` }
    const next = afterFailure(staff, now, policy)
    await db.staff.update(staff.id, { ...next, updatedAt: now.toISOString() })
    return { ok: true, staff, lockedNow: next.lockedUntil !== null }
  })
}

/** Settles a claimed attempt: a correct PIN clears the count, a wrong one is written to the audit trail. */
async function settleAttempt(ctx: DbContext, staff: StaffRecord, correct: boolean, lockedNow: boolean): Promise<void> {
  const { db } = ctx
  const actor: Actor = { id: staff.id, name: staff.name, role: staff.role }
  await db.transaction('rw', [db.staff, db.audit], async () => {
    const at = ctx.now().toISOString()
    if (correct) {
      await db.staff.update(staff.id, { ...afterSuccess(), updatedAt: at })
      return
    }
    const summary = lockedNow ? 'PIN の入力誤りが続いたためロック' : 'PIN の入力誤り'
    await appendAudit(
      ctx,
      actor,
      { entity: 'staff', entityId: staff.id, action: 'staff:pinFailure', summary, payload: null },
      at
    )
  })
}

export async function loginWithPin(
  ctx: DbContext,
  staffId: string,
  pin: string,
  policy?: LockoutPolicy
): Promise<LoginResult> {
  if (ctx.readOnly) return readOnlyLogin(ctx, staffId, pin)
  const claim = await claimAttempt(ctx, staffId, policy)
  if (!claim.ok) return claim
  const { staff, lockedNow } = claim
  const correct = await verifyPin(pin, staff.pinHash)
  await settleAttempt(ctx, staff, correct, lockedNow)
  if (!correct) return { ok: false, message: lockedNow ? LOCKED : 'PIN が違います。もう一度入力してください。' }
  const actor: Actor = { id: staff.id, name: staff.name, role: staff.role }
  await recordEvent(ctx, actor, {
    entity: 'session',
    entityId: staff.id,
    action: 'session:login',
    summary: `${staff.name} がログイン`,
    payload: null
  })
  return { ok: true, actor }
}

/**
 * A register a newer version wrote is read-only: staff may still log in to read it, but nothing is written (no
 * failure count, no audit entry). A lockout already recorded still applies.
 */
async function readOnlyLogin(ctx: DbContext, staffId: string, pin: string): Promise<LoginResult> {
  const staff = await getStaff(ctx, staffId)
  if (!staff?.active) return { ok: false, message: '職員を選んでください。' }
  const wait = lockRemainingSeconds(staff, ctx.now())
  if (wait > 0) return { ok: false, message: LOCKED }
  if (!(await verifyPin(pin, staff.pinHash)))
    return { ok: false, message: 'PIN が違います。もう一度入力してください。' }
  return { ok: true, actor: { id: staff.id, name: staff.name, role: staff.role } }
}
