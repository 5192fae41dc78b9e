import { afterEach, describe, expect, it, vi } from 'vitest'
import { isBenchSeedPage, RegisterDb } from '../../../src/renderer/src/db/database'

/** The durability Dexie passes to every IndexedDB transaction of this database. */
const durabilityOf = (db: RegisterDb) =>
  (db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability

describe('the register’s commit durability', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('is strict: every commit is flushed to disk before staff see it saved', () => {
    expect(isBenchSeedPage()).toBe(false)
    expect(durabilityOf(new RegisterDb('durability-default'))).toBe('strict')
    vi.stubGlobal('location', { search: '?from=menu' })
    expect(durabilityOf(new RegisterDb('durability-other-page'))).toBe('strict')
  })

  it('is relaxed only on the benchmark’s seed page of the web test build', () => {
    vi.stubGlobal('location', { search: '?bench-seed' })
    expect(isBenchSeedPage()).toBe(true)
    expect(durabilityOf(new RegisterDb('durability-seed-page'))).toBe('relaxed')
  })
})
