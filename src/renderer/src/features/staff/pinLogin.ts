// Checking a PIN against the stored hash, with the lockout after repeated mistakes.
import { listStaff, recordEvent, updateStaff, type DbContext } from '../../db'
import { afterFailure, afterSuccess, lockRemainingSeconds, verifyPin } from '../../domain/pin'
import type { Actor } from '../../domain/staff'

export type LoginResult = { ok: true; actor: Actor } | { ok: false; message: string }

export async function loginWithPin(ctx: DbContext, staffId: string, pin: string): Promise<LoginResult> {
  const staff = (await listStaff(ctx)).find((s) => s.id === staffId && s.active)
  if (!staff) return { ok: false, message: '職員を選んでください。' }
  const actor: Actor = { id: staff.id, name: staff.name, role: staff.role }
  const now = ctx.now()
  const waitSeconds = lockRemainingSeconds({ failures: staff.failures, lockedUntil: staff.lockedUntil }, now)
  if (waitSeconds > 0) {
    return {
      ok: false,
      message: `PIN を続けて間違えたため、あと${Math.ceil(waitSeconds / 60)}分はログインできません。`
    }
  }
  if (!(await verifyPin(pin, staff.pinHash))) {
    const next = afterFailure({ failures: staff.failures, lockedUntil: staff.lockedUntil }, now)
    await updateStaff(ctx, actor, staff.id, next, 'PIN の入力誤り')
    return {
      ok: false,
      message:
        next.lockedUntil !== null
          ? 'PIN を続けて間違えたため、しばらくログインできません。時間をおいてやり直すか、管理者に PIN の再設定を依頼してください。'
          : 'PIN が違います。もう一度入力してください。'
    }
  }
  if (staff.failures > 0 || staff.lockedUntil !== null)
    await updateStaff(ctx, actor, staff.id, afterSuccess(), 'PIN 誤り回数をリセット')
  await recordEvent(ctx, actor, {
    entity: 'session',
    entityId: staff.id,
    action: 'session:login',
    summary: `${staff.name} がログイン`,
    payload: null
  })
  return { ok: true, actor }
}
