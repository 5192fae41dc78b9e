// Restore and purge are for an active 管理者, checked against the staff table inside the caller's transaction,
// so no screen can skip it.
import type { Actor } from '../../domain/staff'
import type { RegisterDb } from '../database'
import { DomainError } from '../requests'

export async function assertActiveManager(db: RegisterDb, actor: Actor): Promise<void> {
  const row = await db.staff.get(actor.id)
  if (!row || row.role !== 'manager' || !row.active)
    throw new DomainError('この操作は管理者だけが行えます。管理者でログインし直してください。')
}
