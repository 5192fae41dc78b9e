// Who may do what, checked where no path can skip it: inside the caller's transaction, against the staff table
// at that moment. Screens hide what a role cannot do, but this is the guard.
import { readStoredRow } from '../domain/records'
import type { Actor, StaffRecord } from '../domain/staff'
import type { DbContext } from './context'
import { DomainError } from './errors'

export const INACTIVE_MESSAGE = 'この職員は利用できない状態です。いったんロックして、ログインし直してください。'
export const MANAGER_ONLY_MESSAGE = 'この操作は管理者のみが行えます。管理者でログインしてください。'

/** The acting staff member's row, refused unless it exists, parses and is active. Call inside a transaction on staff. */
export async function requireActiveStaff(ctx: DbContext, actor: Actor): Promise<StaffRecord> {
  const raw = await ctx.db.staff.get(actor.id)
  const read = raw === undefined ? null : readStoredRow('staff', raw)
  if (!read?.ok || !read.row.active) throw new DomainError(INACTIVE_MESSAGE)
  return read.row
}

/**
 * Refuses (nothing written) unless the acting staff member is active and a 管理者 right now. `what` names the
 * action in the refusal (「台帳の取込は管理者のみが行えます。…」).
 */
/** Why an action waits on a register shared between PCs; each is refused there until it is built for sharing. */
export const NOT_YET_SHARED = {
  // The server keeps every entry as written (it refuses edits): blanking old payloads on one PC would leave them there.
  purge: 'サーバーの記録からは消せないため',
  // A ledger import takes thousands of numbers at once; a PC holds only a small leased block.
  import: '受付番号をまとめて確保できないため。共有を始める前に最初の PC で取り込んでください',
  // An older copy would rewind this PC's chain under numbers the server already holds.
  restore:
    'サーバーにある新しい記録と食い違うため。この PC のデータを消して開き直すと、サーバーから受付簿を受け取り直します'
} as const

export function refuseOnSharedRegister(ctx: DbContext, what: string, why: string): void {
  if (ctx.shared)
    throw new DomainError(
      `${what}は、複数の PC で共有している受付簿ではまだ行えません(${why})。情報システム担当に相談してください。`
    )
}

export async function requireManager(ctx: DbContext, actor: Actor, what?: string): Promise<StaffRecord> {
  const row = await requireActiveStaff(ctx, actor)
  if (row.role !== 'manager')
    throw new DomainError(
      what === undefined ? MANAGER_ONLY_MESSAGE : `${what}は管理者のみが行えます。管理者でログインしてください。`
    )
  return row
}
