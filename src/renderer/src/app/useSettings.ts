import { loadSettings, useLiveQuery } from '../db'
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings'
import { useDb } from './services'

/** The clinic's settings, live; defaults until the first read returns. */
export function useSettings(): Settings {
  const ctx = useDb()
  return useLiveQuery(() => loadSettings(ctx), [ctx]) ?? DEFAULT_SETTINGS
}
