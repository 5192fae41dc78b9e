// Who may keep the clinic's records: a 管理者, checked inside the caller's transaction against the staff table so
// that no screen, test hook or script can skip it. The caller's transaction must include db.staff.
import type { Actor } from '../domain/staff'
import type { DbContext } from './context'
import { DomainError } from './requests'

export async function requireManagerInTransaction(ctx: DbContext, actor: Actor, what: string): Promise<void> {
  const row = await ctx.db.staff.get(actor.id)
  if (!row?.active || row.role !== 'manager')
    throw new DomainError(`${what}は管理者のみが行えます。管理者でログインしてください。`)
}
