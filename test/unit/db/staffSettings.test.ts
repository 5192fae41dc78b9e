import { describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { DomainError } from '../../../src/renderer/src/db/requests'
import { loadSettings, saveSettings } from '../../../src/renderer/src/db/settingsRepo'
import { addStaff, listStaff, updateStaff } from '../../../src/renderer/src/db/staffRepo'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/renderer/src/domain/settings'
import { MANAGER, seedStaff } from '../requestFixtures'
import { sha256Hex } from '../../../src/renderer/src/domain/hash'

async function setup(): Promise<DbContext> {
  const ctx = await openContext(
    new RegisterDb(`test-${crypto.randomUUID()}`),
    () => new Date('2026-11-25T01:00:00.000Z')
  )
  await seedStaff(ctx)
  return ctx
}

const lastAudit = (ctx: DbContext) => ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()

describe('staff', () => {
  it('refuses a second staff member with the same display name, in Japanese', async () => {
    const ctx = await setup()
    await addStaff(ctx, MANAGER, { name: '佐藤', role: 'manager', pinHash: '' })
    const dup = addStaff(ctx, MANAGER, { name: ' 佐藤 ', role: 'reception', pinHash: '' })
    await expect(dup).rejects.toBeInstanceOf(DomainError)
    await expect(dup).rejects.toThrow('「佐藤」は既に登録されています。別の表示名にしてください。')
    expect((await listStaff(ctx)).filter((s) => s.name === '佐藤')).toHaveLength(1)
  })

  it('audits a new staff member without the PIN hash', async () => {
    const ctx = await setup()
    const s = await addStaff(ctx, MANAGER, { name: '鈴木', role: 'reception', pinHash: 'pbkdf2-sha256$secret' })
    const entry = await lastAudit(ctx)
    expect(entry).toMatchObject({ action: 'staff:create', entityId: s.id, actorId: MANAGER.id })
    expect(entry?.payload).toMatchObject({ name: '鈴木', role: 'reception', active: true, pinSet: true })
    // What the other PCs sharing the register need: the row without its hash, and a digest they check it against.
    expect(entry?.payload).toMatchObject({ row: { id: s.id, name: '鈴木' } })
    expect(entry?.payload).toHaveProperty('pinDigest', sha256Hex('pbkdf2-sha256$secret'))
    expect(entry?.payload).not.toHaveProperty('row.pinHash')
    expect(JSON.stringify(entry)).not.toContain('secret')
  })

  it('refuses to demote or deactivate the last active manager', async () => {
    const ctx = await setup()
    const boss = MANAGER
    const auditBefore = await ctx.db.audit.count()
    await expect(updateStaff(ctx, MANAGER, boss.id, { role: 'reception' }, '役割を変更')).rejects.toThrow(
      '管理者が1人もいなくなるため変更できません'
    )
    await expect(updateStaff(ctx, MANAGER, boss.id, { active: false }, '無効化')).rejects.toThrow(
      '管理者が1人もいなくなるため変更できません'
    )
    expect((await ctx.db.staff.get(boss.id))?.role).toBe('manager')
    expect(await ctx.db.audit.count()).toBe(auditBefore)
  })

  it('allows demoting a manager once another active manager exists, and audits the change', async () => {
    const ctx = await setup()
    const a = await addStaff(ctx, MANAGER, { name: '上原', role: 'manager', pinHash: '' })
    await addStaff(ctx, MANAGER, { name: '田中', role: 'manager', pinHash: '' })
    const next = await updateStaff(ctx, MANAGER, a.id, { role: 'reception' }, '役割を変更')
    expect(next.role).toBe('reception')
    const entry = await lastAudit(ctx)
    expect(entry?.payload).toMatchObject({
      changes: [{ path: 'role', before: 'manager', after: 'reception' }],
      pinChanged: false,
      row: { id: a.id, role: 'reception' }
    })
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
  })
})

describe('settings', () => {
  it('an empty database gives the default settings', async () => {
    expect(await loadSettings(await setup())).toEqual(DEFAULT_SETTINGS)
  })

  it('saving audits the changed fields, and the saved values load back', async () => {
    const ctx = await setup()
    const changed: Settings = {
      ...DEFAULT_SETTINGS,
      idleLockMinutes: 10,
      letterhead: { ...DEFAULT_SETTINGS.letterhead, clinicName: '桜恵クリニック' }
    }
    await saveSettings(ctx, MANAGER, changed)
    expect(await loadSettings(ctx)).toEqual(changed)
    const entry = await lastAudit(ctx)
    expect(entry).toMatchObject({ action: 'settings:update', entity: 'settings', actorId: MANAGER.id })
    expect(entry?.payload).toMatchObject({
      changes: [
        { path: 'idleLockMinutes', before: 5, after: 10 },
        { path: 'letterhead.clinicName', before: '', after: '桜恵クリニック' }
      ],
      // The row as stored, so every PC sharing the register holds the same settings.
      row: { id: 'clinic', value: changed }
    })
  })

  it('saving the same settings again writes no audit entry', async () => {
    const ctx = await setup()
    const changed: Settings = { ...DEFAULT_SETTINGS, maskNames: false }
    await saveSettings(ctx, MANAGER, changed)
    const count = await ctx.db.audit.count()
    await saveSettings(ctx, MANAGER, structuredClone(changed))
    expect(await ctx.db.audit.count()).toBe(count)
  })

  it('refuses invalid settings without saving', async () => {
    const ctx = await setup()
    const bad = { ...DEFAULT_SETTINGS, idleLockMinutes: 0 }
    await expect(saveSettings(ctx, MANAGER, bad)).rejects.toThrow()
    expect(await ctx.db.settings.count()).toBe(0)
    expect(await ctx.db.audit.count()).toBe(0)
  })
})
