import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { compareSchema, openRegisterDb, ReadOnlyRegisterError } from '../../../src/renderer/src/db/newerSchema'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { loginWithPin } from '../../../src/renderer/src/db/pinLogin'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { hashPin } from '../../../src/renderer/src/domain/pin'
import { RECEPTION, makeIntake, seedStaff } from '../requestFixtures'

/** The register as a later app version leaves it: one more store, and its version recorded on the device row. */
async function writtenByNewerVersion(name: string, withPin: string): Promise<number> {
  const today = new RegisterDb(name)
  const ctx = await openRegisterDb(today, '0.1.0', indexedDB, () => new Date('2026-11-25T01:00:00.000Z'))
  await seedStaff(ctx, [RECEPTION])
  await ctx.db.staff.update(RECEPTION.id, { pinHash: await hashPin(withPin, new Uint8Array(16)) })
  await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
  const version = today.verno
  today.close()
  // Today's declared versions, then one more that adds a store.
  const later = new (class extends RegisterDb {
    constructor() {
      super(name)
      this.version(version + 1).stores({ future: 'id' })
    }
  })()
  await later.open()
  await later.table('device').update('this', { openedBy: { appVersion: '0.9.0', schemaVersion: version + 1 } })
  later.close()
  return version
}

describe('a register written by a newer app version', () => {
  it('opens read-only, says which version made it, and refuses every write with nothing changed', async () => {
    const name = `newer-${crypto.randomUUID()}`
    const version = await writtenByNewerVersion(name, '2468')
    const ctx = await openRegisterDb(new RegisterDb(name), '0.1.0', indexedDB)
    expect(ctx.readOnly).toEqual({ schemaVersion: version + 1, appVersion: '0.9.0' })
    expect(await ctx.db.requests.count()).toBe(1)
    await expect(createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)).rejects.toThrow(
      ReadOnlyRegisterError
    )
    await expect(createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)).rejects.toThrow(
      '版 0.9.0 以降のインストール'
    )
    // Staff can still log in to read it; no failure count and no audit entry are written.
    const audit = await ctx.db.audit.count()
    expect(await loginWithPin(ctx, RECEPTION.id, '0000')).toMatchObject({ ok: false })
    expect(await loginWithPin(ctx, RECEPTION.id, '2468')).toMatchObject({ ok: true })
    expect(await ctx.db.audit.count()).toBe(audit)
    expect((await ctx.db.staff.get(RECEPTION.id))?.failures).toBe(0)
    expect(await ctx.db.requests.count()).toBe(1)
    ctx.db.close()
    // Nothing on disk moved: the version is still the newer one (Dexie did not raise or lower it).
    const raw = new Dexie(name)
    await raw.open()
    expect(raw.verno).toBe(version + 1)
    raw.close()
  })

  it('records the version that opened an ordinary register, and leaves it writable', async () => {
    const ctx = await openRegisterDb(new RegisterDb(`same-${crypto.randomUUID()}`), '0.2.0', indexedDB)
    expect(ctx.readOnly).toBeUndefined()
    expect((await ctx.db.device.get('this'))?.openedBy).toEqual({ appVersion: '0.2.0', schemaVersion: ctx.db.verno })
  })
})

describe('compareSchema', () => {
  it.each([
    ['no database yet', null, { kind: 'same' }],
    ['the same version', { version: 60, stores: ['a'] }, { kind: 'same' }],
    ['an older version (upgraded as usual)', { version: 20, stores: ['a'] }, { kind: 'same' }],
    ['a newer version with every store', { version: 70, stores: ['a', 'b'] }, { kind: 'newer', schemaVersion: 7 }],
    [
      'a newer version without a store we need',
      { version: 70, stores: ['b'] },
      { kind: 'unreadable', schemaVersion: 7 }
    ]
  ])('%s', (_, disk, expected) => {
    expect(compareSchema(disk, 6, ['a'])).toEqual(expected)
  })
})
