// The clinic's settings held for the page: one live read of the settings row, shared by every screen and row that
// shows a date or a name, instead of one read per component (the register draws thirty rows, each formatting
// dates as 設定 says). Kept up to date by Dexie's live query for as long as the page lives.
import { liveQuery } from 'dexie'
import type { Settings } from '../domain/settings'
import type { DbContext } from './context'
import type { RegisterDb } from './database'
import { loadSettings } from './settingsRepo'

export interface SettingsStore {
  /** The settings, or undefined until the first read has answered. */
  current: () => Settings | undefined
  /** Called after every change of the settings; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void
}

function createStore(ctx: DbContext): SettingsStore {
  let value: Settings | undefined
  const listeners = new Set<() => void>()
  let started = false
  const start = () => {
    if (started) return
    started = true
    liveQuery(() => loadSettings(ctx)).subscribe({
      next: (s) => {
        value = s
        for (const l of listeners) l()
      },
      // A failed read leaves the defaults on screen; the next change of the row is read again.
      error: () => {
        started = false
      }
    })
  }
  return {
    current: () => value,
    subscribe(listener) {
      listeners.add(listener)
      start()
      return () => listeners.delete(listener)
    }
  }
}

const stores = new WeakMap<RegisterDb, SettingsStore>()

/** This database's settings store, made on first use and kept for the page's life. */
export function settingsStore(ctx: DbContext): SettingsStore {
  let store = stores.get(ctx.db)
  if (!store) {
    store = createStore(ctx)
    stores.set(ctx.db, store)
  }
  return store
}
