import { describe, expect, it, vi } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { saveSettings } from '../../../src/renderer/src/db/settingsRepo'
import { settingsStore } from '../../../src/renderer/src/db/settingsStore'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { MANAGER, seedStaff } from '../requestFixtures'

describe('settingsStore', () => {
  it('reads the settings once for the page, shares them, and follows a saved change', async () => {
    const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`))
    await seedStaff(ctx)
    const store = settingsStore(ctx)
    expect(settingsStore(ctx)).toBe(store)
    expect(store.current()).toBeUndefined()
    const heard = vi.fn()
    const stop = store.subscribe(heard)
    await vi.waitFor(() => expect(store.current()).toEqual(DEFAULT_SETTINGS))
    await saveSettings(ctx, MANAGER, { ...DEFAULT_SETTINGS, idleLockMinutes: 3 })
    await vi.waitFor(() => expect(store.current()?.idleLockMinutes).toBe(3))
    expect(heard).toHaveBeenCalledTimes(2)
    stop()
  })
})
