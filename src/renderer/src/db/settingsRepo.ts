// Settings are one row, read back through restoreSettings so a missing or damaged field falls back to its default.
import { diffFields } from '../domain/diff'
import { restoreSettings, settingsSchema, type Settings } from '../domain/settings'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import { guardStrings } from '../domain/textGuard'
import { requireManager } from './authority'
import { DomainError } from './errors'
import type { DbContext } from './context'

export async function loadSettings(ctx: DbContext): Promise<Settings> {
  const row = await ctx.db.settings.get('clinic')
  return restoreSettings(row?.value)
}

export async function saveSettings(ctx: DbContext, actor: Actor, input: Settings): Promise<Settings> {
  const guarded = guardStrings(input)
  if (!guarded.ok) throw new DomainError(guarded.message)
  const parsed = settingsSchema.safeParse(guarded.value)
  if (!parsed.success) throw new DomainError(`設定の値が正しくありません: ${parsed.error.issues[0]?.message ?? ''}`)
  const value = parsed.data
  const { db } = ctx
  return db.transaction('rw', [db.settings, db.staff, db.audit], async () => {
    await requireManager(ctx, actor)
    const row = await db.settings.get('clinic')
    const before = restoreSettings(row?.value)
    const changes = diffFields(before, value)
    if (changes.length === 0 && row) return before
    const at = ctx.now().toISOString()
    const stored = {
      id: 'clinic' as const,
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      value,
      createdAt: row?.createdAt ?? at,
      updatedAt: at
    }
    await db.settings.put(stored)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'settings',
        entityId: 'clinic',
        action: 'settings:update',
        summary: '設定を変更',
        // The row as stored travels with the entry, so every PC sharing the register holds the same settings.
        payload: { changes, row: stored }
      },
      at
    )
    return value
  })
}
