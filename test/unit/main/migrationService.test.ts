import { describe, expect, it, vi } from 'vitest'
import type { MigrationResult } from '../../../src/main/migration'
import { createMigrationService } from '../../../src/main/migrationService'

const copied: Extract<MigrationResult, { kind: 'copied' }> = {
  kind: 'copied',
  files: 12,
  bytes: 4096,
  keptAs: 'C:\\Users\\u\\AppData\\Roaming\\KaijiUketsukebo.migrated-20261201-090000',
  legacyDir: 'C:\\Users\\u\\AppData\\Roaming\\KaijiUketsukebo'
}
const noContext = undefined as never

describe('the app’s check of a register copied from 0.1.0', () => {
  it('says a check is pending, then renames the old folder only for a verified copy, once', async () => {
    const finish = vi.fn((c: typeof copied): MigrationResult => ({
      kind: 'migrated',
      files: c.files,
      bytes: c.bytes,
      keptAs: c.keptAs
    }))
    const onFinished = vi.fn()
    const service = createMigrationService({ initial: copied, finish, onFinished })
    expect(await service['migration:status'](undefined, noContext)).toEqual({ pending: true, files: 12 })
    expect(await service['migration:finish']({ verified: true, detail: 'requests 3' }, noContext)).toEqual({
      finished: true,
      keptAs: copied.keptAs,
      message: null
    })
    expect(onFinished).toHaveBeenCalledTimes(1)
    expect(await service['migration:status'](undefined, noContext)).toEqual({ pending: false, files: 0 })
    // A second report changes nothing.
    expect(await service['migration:finish']({ verified: true, detail: '' }, noContext)).toMatchObject({
      finished: false
    })
    expect(finish).toHaveBeenCalledTimes(1)
  })

  it('keeps the old folder and reports why when the copy did not verify', async () => {
    const service = createMigrationService({
      initial: copied,
      finish: (_c, verdict) => ({ kind: 'failed', message: verdict.detail }),
      onFinished: () => undefined
    })
    expect(
      await service['migration:finish']({ verified: false, detail: '4番が削除されています。' }, noContext)
    ).toEqual({
      finished: false,
      keptAs: null,
      message: '4番が削除されています。'
    })
  })

  it('has nothing pending on an ordinary start', async () => {
    const service = createMigrationService({ initial: { kind: 'none' }, finish: vi.fn(), onFinished: vi.fn() })
    expect(await service['migration:status'](undefined, noContext)).toEqual({ pending: false, files: 0 })
  })
})
