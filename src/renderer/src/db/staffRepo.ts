// Staff list. PINs are stored only as salted slow hashes; the hash never enters an audit payload.
import type { RoleId, StaffRecord, Actor } from '../domain/staff'
import { diffFields } from '../domain/diff'
import { appendAudit } from './auditLog'
import { newId, type DbContext } from './context'
import { DomainError } from './requests'

/** Who acts before anyone has logged in: the first start, creating the first manager. */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'システム', role: 'manager' }

const visible = (s: StaffRecord) => ({ name: s.name, role: s.role, active: s.active, pinSet: s.pinHash !== '' })

export async function listStaff(ctx: DbContext): Promise<StaffRecord[]> {
  const all = await ctx.db.staff.toArray()
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

export async function addStaff(
  ctx: DbContext,
  actor: Actor,
  input: { name: string; role: RoleId; pinHash: string }
): Promise<StaffRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.staff, db.audit], async () => {
    const name = input.name.trim()
    const same = await db.staff.where('name').equals(name).count()
    if (same > 0) throw new DomainError(`「${name}」は既に登録されています。別の表示名にしてください。`)
    const at = ctx.now().toISOString()
    const row: StaffRecord = {
      id: newId(),
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
        payload: visible(row)
      },
      at
    )
    return row
  })
}

export type StaffPatch = Partial<Pick<StaffRecord, 'name' | 'role' | 'active' | 'pinHash' | 'failures' | 'lockedUntil'>>

export async function updateStaff(
  ctx: DbContext,
  actor: Actor,
  id: string,
  patch: StaffPatch,
  summary: string
): Promise<StaffRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.staff, db.audit], async () => {
    const current = await db.staff.get(id)
    if (!current) throw new DomainError('職員が見つかりません。')
    const at = ctx.now().toISOString()
    const next: StaffRecord = { ...current, ...patch, updatedAt: at }
    if (current.role === 'manager' && (next.role !== 'manager' || !next.active)) {
      const managers = (await db.staff.toArray()).filter((s) => s.role === 'manager' && s.active && s.id !== id)
      if (managers.length === 0)
        throw new DomainError('管理者が1人もいなくなるため変更できません。先に別の管理者を登録してください。')
    }
    await db.staff.put(next)
    const changes = diffFields(visible(current), visible(next))
    const pinChanged = current.pinHash !== next.pinHash
    await appendAudit(
      ctx,
      actor,
      { entity: 'staff', entityId: id, action: 'staff:update', summary, payload: { changes, pinChanged } },
      at
    )
    return next
  })
}

export async function countStaff(ctx: DbContext): Promise<number> {
  return ctx.db.staff.count()
}
