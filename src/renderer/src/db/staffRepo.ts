// Staff list. PINs are stored only as salted slow hashes; the hash never enters an audit payload. Each entry
// carries the row without it and a digest of it (domain/staffShare.ts), so PCs sharing the register agree.
import type { RoleId, StaffRecord, Actor } from '../domain/staff'
import { diffFields } from '../domain/diff'
import { appendAudit } from './auditLog'
import { readStoredRow, readStoredRows } from '../domain/records'
import { guardText } from '../domain/textGuard'
import { staffShare } from '../domain/staffShare'
import { requireManager } from './authority'
import { newId, type DbContext } from './context'
import { DomainError } from './errors'

const visible = (s: StaffRecord) => ({ name: s.name, role: s.role, active: s.active, pinSet: s.pinHash !== '' })

/** Staff whose rows parse, oldest first; a damaged row is left out (it cannot log in or act). */
export async function listStaff(ctx: DbContext): Promise<StaffRecord[]> {
  const { rows } = readStoredRows('staff', await ctx.db.staff.toArray())
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** One staff row as stored now, or undefined when it is missing or damaged. */
export async function getStaff(ctx: DbContext, id: string): Promise<StaffRecord | undefined> {
  const raw = await ctx.db.staff.get(id)
  if (raw === undefined) return undefined
  const read = readStoredRow('staff', raw)
  return read.ok ? read.row : undefined
}

/** A display name as stored: guarded (it shows on the login list, the audit trail and letters), not empty. */
function staffName(typed: string): string {
  const g = guardText(typed)
  if (!g.ok) throw new DomainError(g.message)
  const name = g.value.trim()
  if (name === '' || name.includes('\n')) throw new DomainError('表示名を1行で入力してください。')
  return name
}

type NewStaff = { name: string; role: RoleId; pinHash: string }

/** The very first start: the first 管理者 registers themself; refused once any staff member exists. */
export async function createFirstManager(ctx: DbContext, input: Omit<NewStaff, 'role'>): Promise<StaffRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.staff, db.audit], async () => {
    if ((await db.staff.count()) > 0)
      throw new DomainError('管理者は既に登録されています。登録済みの管理者でログインしてください。')
    const id = newId()
    return insertStaff(ctx, { id, name: input.name, role: 'manager' }, id, { ...input, role: 'manager' })
  })
}

export async function addStaff(ctx: DbContext, actor: Actor, input: NewStaff): Promise<StaffRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.staff, db.audit], async () => {
    await requireManager(ctx, actor)
    return insertStaff(ctx, actor, newId(), input)
  })
}

async function insertStaff(ctx: DbContext, actor: Actor, id: string, input: NewStaff): Promise<StaffRecord> {
  const { db } = ctx
  const name = staffName(input.name)
  const same = await db.staff.where('name').equals(name).count()
  if (same > 0) throw new DomainError(`「${name}」は既に登録されています。別の表示名にしてください。`)
  const at = ctx.now().toISOString()
  const row: StaffRecord = {
    id,
    clinicId: ctx.clinicId,
    deviceId: ctx.deviceId,
    name,
    role: input.role,
    pinHash: input.pinHash,
    active: true,
    failures: 0,
    lockedUntil: null,
    createdAt: at,
    updatedAt: at
  }
  await db.staff.add(row)
  await appendAudit(
    ctx,
    actor,
    {
      entity: 'staff',
      entityId: row.id,
      action: 'staff:create',
      summary: `職員「${name}」を登録`,
      payload: { ...visible(row), ...staffShare(row) }
    },
    at
  )
  return row
}

export type StaffPatch = Partial<Pick<StaffRecord, 'name' | 'role' | 'active' | 'pinHash'>>

export async function updateStaff(
  ctx: DbContext,
  actor: Actor,
  id: string,
  patch: StaffPatch,
  summary: string
): Promise<StaffRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.staff, db.audit], async () => {
    await requireManager(ctx, actor)
    const current = await getStaff(ctx, id)
    if (!current) throw new DomainError('職員が見つかりません。一覧から選び直してください。')
    const at = ctx.now().toISOString()
    const next: StaffRecord = { ...current, ...patch, updatedAt: at }
    if (patch.name !== undefined) next.name = staffName(patch.name)
    if (current.role === 'manager' && (next.role !== 'manager' || !next.active)) {
      const managers = (await listStaff(ctx)).filter((s) => s.role === 'manager' && s.active && s.id !== id)
      if (managers.length === 0)
        throw new DomainError('管理者が1人もいなくなるため変更できません。先に別の管理者を登録してください。')
    }
    await db.staff.put(next)
    const changes = diffFields(visible(current), visible(next))
    const pinChanged = current.pinHash !== next.pinHash
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'staff',
        entityId: id,
        action: 'staff:update',
        summary,
        payload: { changes, pinChanged, ...staffShare(next) }
      },
      at
    )
    return next
  })
}

export async function countStaff(ctx: DbContext): Promise<number> {
  return ctx.db.staff.count()
}
