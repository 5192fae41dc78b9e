import { useSyncExternalStore } from 'react'
import { settingsStore } from '../db'
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings'
import { useDb } from './services'

/** The clinic's settings, live; defaults until the first read returns. One read is shared by the whole page. */
export function useSettings(): Settings {
  const store = settingsStore(useDb())
  return useSyncExternalStore(store.subscribe, store.current) ?? DEFAULT_SETTINGS
}
