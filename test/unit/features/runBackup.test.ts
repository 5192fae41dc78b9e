// A backup that must be taken (今すぐバックアップ, before a restore or a purge) never settles for an automatic one
// that put itself off while staff were saving.
import { describe, expect, it, vi } from 'vitest'
import type { DbContext } from '../../../src/renderer/src/db'
import type { Settings } from '../../../src/renderer/src/domain/settings'

const calls: { holdWrites: boolean | undefined }[] = []
const manifest = { createdAt: '2026-11-25T01:00:00.000Z', counts: {}, chainHeads: [] }

vi.mock('../../../src/renderer/src/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/renderer/src/db')>()
  return {
    ...actual,
    // Staff save through every attempt: a backup that can wait gives up, one that cannot holds the writes.
    exportBackup: vi.fn(async (_ctx: unknown, _v: string, _p: unknown, o: { holdWrites?: boolean } = {}) => {
      calls.push({ holdWrites: o.holdWrites })
      await new Promise((r) => setTimeout(r, 5))
      if (o.holdWrites === false) throw new actual.BackupBusyError()
      return { manifest, content: new Blob(['{}']) }
    }),
    registerState: vi.fn(() => Promise.resolve({ clinicId: 'c', deviceId: 'd', counts: {}, chainHeads: [] }))
  }
})
vi.mock('../../../src/renderer/src/platform', () => ({
  appVersion: () => Promise.resolve('0.1.0'),
  writeBackup: vi.fn(() => Promise.resolve({ fileName: 'kaiji-backup.json.gz' })),
  readAnchor: () => Promise.resolve(null),
  writeAnchor: () => Promise.resolve()
}))

const { runBackup } = await import('../../../src/renderer/src/features/backup/runBackup')
const { getBackupStatus } = await import('../../../src/renderer/src/features/backup/backupStatus')

const ctx = { now: () => new Date('2026-11-25T01:00:00.000Z') } as unknown as DbContext
const settings = { backupFolder: '', letterhead: { windowName: '窓口', phone: '03' } } as unknown as Settings

describe('runBackup', () => {
  it('puts an automatic backup off quietly, and a 今すぐバックアップ asked for meanwhile takes its own', async () => {
    const automatic = runBackup(ctx, settings, undefined, { canWait: true })
    const now = runBackup(ctx, settings)
    expect(await automatic).toBeNull()
    expect(await now).toMatchObject({ createdAt: manifest.createdAt })
    expect(calls).toEqual([{ holdWrites: false }, { holdWrites: true }])
    expect(getBackupStatus().lastError).toBeNull()
  })
})
