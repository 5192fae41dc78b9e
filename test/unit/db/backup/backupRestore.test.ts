import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../../../src/renderer/src/db/auditLog'
import { BackupBusyError, exportBackup, type BackupPayload } from '../../../../src/renderer/src/db/backup/exportBackup'
import { checkBackupFile } from '../../../../src/renderer/src/db/backup/readBackup'
import { restoreBackup } from '../../../../src/renderer/src/db/backup/restoreBackup'
import { openContext, type DbContext } from '../../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../../src/renderer/src/db/database'
import { createRequest } from '../../../../src/renderer/src/db/requests'
import { createFirstManager } from '../../../../src/renderer/src/db/staffRepo'
import { DEFAULT_DEADLINE_RULE } from '../../../../src/renderer/src/domain/deadline'
import type { BackupCheck } from '../../../../src/renderer/src/domain/backup/checkBackup'
import type { Actor } from '../../../../src/renderer/src/domain/staff'
import { backupManifestSchema } from '../../../../src/shared/backupIpc'
import { RECEPTION, makeIntake, seedStaff } from '../../requestFixtures'

const NOW = () => new Date('2026-11-25T01:00:00.000Z')
const parseManifest = (raw: unknown) => {
  const r = backupManifestSchema.safeParse(raw)
  return r.success ? r.data : null
}

async function register(requests: number): Promise<{ ctx: DbContext; manager: Actor }> {
  const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), NOW)
  const row = await createFirstManager(ctx, { name: '佐藤 管理', pinHash: '' })
  await seedStaff(ctx, [RECEPTION])
  for (let i = 0; i < requests; i++) await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
  return { ctx, manager: { id: row.id, name: row.name, role: 'manager' } }
}

/** A backup as its file's text, with the content given as text (to alter it) or as the dump. */
async function fileText(p: { manifest: BackupPayload['manifest']; content: Blob | string }): Promise<string> {
  const content = typeof p.content === 'string' ? p.content : await p.content.text()
  return `${JSON.stringify(p.manifest)}\n${content}`
}
const sha256OfText = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

async function good(ctx: DbContext, text: string, clinicId: string | null = ctx.clinicId) {
  const check = await checkBackupFile(ctx, new Blob([text]), parseManifest, clinicId)
  if (!check.ok) throw new Error(check.message)
  return check
}

async function refusal(ctx: DbContext, text: string): Promise<string> {
  const check: BackupCheck = await checkBackupFile(ctx, new Blob([text]), parseManifest, ctx.clinicId)
  return check.ok ? 'accepted' : check.message
}

describe('backup and restore', () => {
  it('restores exactly what was backed up, replacing later changes, with a verifying chain and a restore entry', async () => {
    const { ctx, manager } = await register(3)
    const payload = await exportBackup(ctx, '0.1.0')
    expect(payload.manifest.counts).toMatchObject({ requests: 3, staff: 2, device: 1 })
    await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await restoreBackup(ctx, manager, await good(ctx, await fileText(payload)), {
      moveFromOtherPc: false,
      fileName: 'f.json.gz'
    })
    expect(await ctx.db.requests.count()).toBe(3)
    const report = await verifyAuditChain(ctx)
    expect(report.problems).toEqual([])
    const last = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
    expect(last).toMatchObject({ action: 'backup:restore', actorName: '佐藤 管理' })
  })

  it('refuses a file whose content was altered after the checksum', async () => {
    const { ctx } = await register(1)
    const p = await exportBackup(ctx, '0.1.0')
    const altered = (await p.content.text()).replace('山田', '田中')
    expect(await refusal(ctx, await fileText({ ...p, content: altered }))).toContain('チェックサム')
  })

  it('refuses a truncated file', async () => {
    const { ctx } = await register(2)
    const text = await fileText(await exportBackup(ctx, '0.1.0'))
    expect(await refusal(ctx, text.slice(0, Math.floor(text.length * 0.7)))).toContain('チェックサム')
    expect(await refusal(ctx, text.slice(0, 40))).toContain('バックアップファイルではない')
  })

  it('refuses a backup made by a newer version of the app', async () => {
    const { ctx } = await register(1)
    const p = await exportBackup(ctx, '0.1.0')
    const newer = { ...p, manifest: { ...p.manifest, schemaVersion: ctx.db.verno + 1 } }
    expect(await refusal(ctx, await fileText(newer))).toBe(
      '新しい版のアプリで作られたバックアップです。このアプリを新しい版に更新してから復元してください。'
    )
  })

  it('refuses rows that do not parse and counts that differ from the manifest, even with a matching checksum', async () => {
    const { ctx } = await register(2)
    const p = await exportBackup(ctx, '0.1.0')
    const damaged = (await p.content.text()).replace('"status":"received"', '"status":"burnt"')
    const m1 = { ...p.manifest, sha256: sha256OfText(damaged) }
    expect(await refusal(ctx, await fileText({ manifest: m1, content: damaged }))).toContain(
      '読めない記録があります(requests 1件)'
    )
    const m2 = { ...p.manifest, counts: { ...p.manifest.counts, requests: 5 } }
    expect(await refusal(ctx, await fileText({ ...p, manifest: m2 }))).toContain('件数が目録と一致しません')
  })

  it('refuses a backup whose audit chain lost its newest entries', async () => {
    const { ctx } = await register(2)
    const p = await exportBackup(ctx, '0.1.0')
    const head = p.manifest.chainHeads[0]
    const m = { ...p.manifest, chainHeads: head ? [{ ...head, deviceSeq: head.deviceSeq + 1 }] : [] }
    expect(await refusal(ctx, await fileText({ ...p, manifest: m }))).toContain('末尾が目録と一致しません')
  })

  it('restores a backup of another PC only after 「別の PC から移す」 is confirmed', async () => {
    const old = await register(2)
    const text = await fileText(await exportBackup(old.ctx, '0.1.0'))
    const fresh = await register(0)
    const check = await good(fresh.ctx, text)
    expect(check.otherClinic).toBe(true)
    await expect(
      restoreBackup(fresh.ctx, fresh.manager, check, { moveFromOtherPc: false, fileName: 'f' })
    ).rejects.toThrow('別の PC から移す')
    expect(await fresh.ctx.db.requests.count()).toBe(0)
    const moved = await restoreBackup(fresh.ctx, fresh.manager, check, { moveFromOtherPc: true, fileName: 'f' })
    expect(moved.clinicId).toBe(old.ctx.clinicId)
    expect(await fresh.ctx.db.requests.count()).toBe(2)
  })

  it('lets only an active manager restore, and changes nothing otherwise', async () => {
    const { ctx } = await register(1)
    const check = await good(ctx, await fileText(await exportBackup(ctx, '0.1.0')))
    await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await expect(restoreBackup(ctx, RECEPTION, check, { moveFromOtherPc: false, fileName: 'f' })).rejects.toThrow(
      '管理者'
    )
    await expect(restoreBackup(ctx, null, check, { moveFromOtherPc: false, fileName: 'f' })).rejects.toThrow('管理者')
    expect(await ctx.db.requests.count()).toBe(2)
  })

  it('restores into an empty register before anyone can log in (the register vanished)', async () => {
    const { ctx } = await register(2)
    const text = await fileText(await exportBackup(ctx, '0.1.0'))
    const empty = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), NOW)
    const check = await good(empty, text, ctx.clinicId)
    expect(check.otherClinic).toBe(false)
    await restoreBackup(empty, null, check, { moveFromOtherPc: false, fileName: 'f' })
    expect(await empty.db.requests.count()).toBe(2)
    expect((await empty.db.device.get('this'))?.clinicId).toBe(ctx.clinicId)
  })

  it('checks a backup without writing anything, even a backup of another register', async () => {
    const other = await register(3)
    const text = await fileText(await exportBackup(other.ctx, '0.1.0'))
    const { ctx } = await register(1)
    const before = { requests: await ctx.db.requests.count(), audit: await ctx.db.audit.count() }
    const check = await good(ctx, text)
    expect(check.summary.counts).toMatchObject({ requests: 3 })
    expect({ requests: await ctx.db.requests.count(), audit: await ctx.db.audit.count() }).toEqual(before)
  })

  it('changes nothing when a row cannot be read midway through the restore (one transaction)', async () => {
    const { ctx, manager } = await register(3)
    const payload = await exportBackup(ctx, '0.1.0')
    const check = await good(ctx, await fileText(payload))
    await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const audit = await ctx.db.audit.count()
    // The file changed on disk after the check: the last request row no longer parses.
    const text = await payload.content.text()
    const at = text.lastIndexOf('"status":"received"')
    const damaged = `${text.slice(0, at)}"status":"burnt"${text.slice(at + '"status":"received"'.length)}`
    await expect(
      restoreBackup(ctx, manager, { ...check, content: new Blob([damaged]) }, { moveFromOtherPc: false, fileName: 'f' })
    ).rejects.toThrow('読めない記録')
    expect(await ctx.db.requests.count()).toBe(4)
    expect(await ctx.db.audit.count()).toBe(audit)
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
  })

  it('reports its progress while checking and while restoring', async () => {
    const { ctx, manager } = await register(5)
    const text = await fileText(await exportBackup(ctx, '0.1.0'))
    const seen: number[] = []
    const check = await checkBackupFile(ctx, new Blob([text]), parseManifest, ctx.clinicId, (done) => seen.push(done))
    if (!check.ok) throw new Error(check.message)
    const total = Object.values(check.summary.counts).reduce((a, b) => a + b, 0)
    expect(seen.at(-1)).toBe(total)
    const restored: number[] = []
    await restoreBackup(ctx, manager, check, {
      moveFromOtherPc: false,
      fileName: 'f',
      onProgress: (done) => restored.push(done)
    })
    expect(restored.at(-1)).toBe(total)
  })

  it('lets staff save while a backup is taken, and keeps only a dump nothing was written beside', async () => {
    const { ctx } = await register(20)
    const order: string[] = []
    const backup = exportBackup(ctx, '0.1.0').then((p) => {
      order.push('backup')
      return p
    })
    // Asked for once the backup has started reading: a dump held in one read transaction would hold this write
    // until the whole dump ends, and the backup would then not contain it.
    await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    order.push('save')
    const payload = await backup
    expect(order).toEqual(['save', 'backup'])
    // The dump that ran beside the save was dropped and taken again: the kept one holds the saved request.
    expect(payload.manifest.counts.requests).toBe(21)
    const check = await good(ctx, await fileText(payload))
    expect(check.summary.counts.requests).toBe(21)
  })

  it('ends, matching its manifest, while staff save without a pause: the last dump holds the writes off', async () => {
    const { ctx } = await register(5)
    const counter = { open: true }
    const saves = (async () => {
      while (counter.open) await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    })()
    const payload = await exportBackup(ctx, '0.1.0', undefined, { attempts: 2 })
    counter.open = false
    await saves
    const saved = await ctx.db.requests.count()
    // Saves went on before, beside and after the dumps; the kept dump is exactly what its manifest says.
    expect(payload.manifest.counts.requests).toBeGreaterThan(5)
    expect(payload.manifest.counts.requests).toBeLessThan(saved)
    const check = await good(ctx, await fileText(payload))
    expect(check.summary.counts).toEqual(payload.manifest.counts)
  })

  it('puts off a backup that can wait, holding no save, when staff save through every attempt', async () => {
    const { ctx } = await register(5)
    const counter = { open: true, saved: 0 }
    const saves = (async () => {
      while (counter.open) {
        await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
        counter.saved += 1
      }
    })()
    const outcome = await exportBackup(ctx, '0.1.0', undefined, { attempts: 2, holdWrites: false }).then(
      () => 'taken',
      (e: unknown) => e
    )
    const savedDuringBackup = counter.saved
    counter.open = false
    await saves
    expect(outcome).toBeInstanceOf(BackupBusyError)
    expect((outcome as Error).message).toContain('今回のバックアップは見送りました')
    // The saves went on throughout: at least one beside each of the two dumps.
    expect(savedDuringBackup).toBeGreaterThanOrEqual(2)
  })
})
