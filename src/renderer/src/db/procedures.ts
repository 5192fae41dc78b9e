// Versions of the published procedure: a manager adds one per change, with its effective date; none is edited.
import type { ProcedureForm } from '../domain/procedure/forms'
import { procedureVersionSchema, type ProcedureVersion } from '../domain/records/procedure'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import { newId, type DbContext } from './context'
import { requireManager } from './authority'
import { DomainError } from './errors'

export async function addProcedureVersion(
  ctx: DbContext,
  actor: Actor,
  input: ProcedureForm
): Promise<ProcedureVersion> {
  const { db } = ctx
  return db.transaction('rw', [db.procedures, db.staff, db.audit], async () => {
    await requireManager(ctx, actor, '請求手続の変更')
    const same = await db.procedures.where('effectiveFrom').equals(input.effectiveFrom).count()
    if (same > 0) throw new DomainError(`${input.effectiveFrom} に施行する版は既にあります。別の施行日にしてください。`)
    const at = ctx.now().toISOString()
    const row = procedureVersionSchema.parse({
      ...input,
      id: newId(),
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      createdAt: at,
      updatedAt: at
    })
    await db.procedures.add(row)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'procedure',
        entityId: row.id,
        action: 'procedure:addVersion',
        summary: `請求手続の新しい版(${row.effectiveFrom} 施行)を登録`,
        payload: row
      },
      at
    )
    return row
  })
}

export async function listProcedureVersions(ctx: DbContext): Promise<ProcedureVersion[]> {
  return ctx.db.procedures.orderBy('effectiveFrom').toArray()
}

export async function getProcedureVersion(ctx: DbContext, id: string): Promise<ProcedureVersion | undefined> {
  return ctx.db.procedures.get(id)
}

/** The version in force on a 受付日, or null when none was in force yet. */
export async function procedureOn(ctx: DbContext, receivedOn: string): Promise<ProcedureVersion | null> {
  const v = await ctx.db.procedures.where('effectiveFrom').belowOrEqual(receivedOn).last()
  return v ?? null
}
