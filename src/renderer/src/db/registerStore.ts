// The register held for the session, outside React: every summary read once with getAll and sorted once, then
// patched from committed writes (summaries.ts) instead of re-read. It survives navigation, so going back to the
// register draws at once; searches and filters are answered in memory from it (domain/registerList.ts). Its
// newest rows are read first, so the first screen is drawn while the rest is read.
import { patchSorted, sortForRegister } from '../domain/registerList'
import { readSummaries, type DamagedRow } from '../domain/records'
import { shareRepeatedStrings, type RegisterSummary } from '../domain/registerSummary'
import type { DbContext } from './context'
import type { RegisterDb } from './database'
import { allSummaries, newestSummaries, onSummariesCommitted, onSummariesRemoved } from './summaries'

export interface RegisterSnapshot {
  /** Every summary in display order (newest first). */
  rows: readonly RegisterSummary[]
  byId: ReadonlyMap<string, RegisterSummary>
  /** Goes up with every patch. */
  version: number
  /** Summaries that failed their schema (changed outside the app): listed flagged by id, never as rows. */
  damaged: readonly DamagedRow[]
}

export interface RegisterStore {
  /** Reads the register once; later calls give the current snapshot. */
  load: () => Promise<RegisterSnapshot>
  /** The snapshot, or undefined until the first read has finished. */
  current: () => RegisterSnapshot | undefined
  /**
   * While the first read runs: the register's newest rows in its order (the first screen), read before the
   * rest; undefined before they are read and once the whole snapshot is there. Not patched: changes committed
   * meanwhile reach the whole snapshot.
   */
  head: () => readonly RegisterSummary[] | undefined
  /** Called after every change of the snapshot; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void
}

/** Rows read for the first screen before the whole register: more than a reception PC's window shows. */
export const HEAD_ROWS = 60

function createStore(ctx: DbContext): RegisterStore {
  let snapshot: RegisterSnapshot | undefined
  let head: readonly RegisterSummary[] | undefined
  let loading: Promise<RegisterSnapshot> | undefined
  // Changes committed while the first read runs: applied on top of it (a change it already saw is harmless).
  const early: (readonly RegisterSummary[])[] = []
  const listeners = new Set<() => void>()

  const apply = (changed: readonly RegisterSummary[]) => {
    if (!snapshot) {
      early.push(changed)
      return
    }
    const byId = new Map(snapshot.byId)
    const rows = patchSorted(snapshot.rows, byId, changed)
    for (const s of changed) byId.set(s.id, s)
    snapshot = { rows, byId, version: snapshot.version + 1, damaged: snapshot.damaged }
    for (const l of listeners) l()
  }
  onSummariesCommitted(ctx.db, apply)
  // A retention purge removes requests: they leave the list at once (before the first read they were never in it).
  onSummariesRemoved(ctx.db, (ids) => {
    if (!snapshot) return
    const gone = new Set(ids)
    const byId = new Map(snapshot.byId)
    for (const id of ids) byId.delete(id)
    snapshot = { ...snapshot, rows: snapshot.rows.filter((r) => !gone.has(r.id)), byId, version: snapshot.version + 1 }
    for (const l of listeners) l()
  })

  return {
    load() {
      if (snapshot) return Promise.resolve(snapshot)
      loading ??= (async () => {
        // The first screen first: a failure here only means waiting for the whole read.
        const newest = await newestSummaries(ctx, HEAD_ROWS).catch(() => [])
        if (newest.length > 0) {
          head = sortForRegister(readSummaries(newest).rows)
          for (const l of listeners) l()
        }
        const { rows: all, damaged } = readSummaries(await allSummaries(ctx))
        shareRepeatedStrings(all)
        snapshot = { rows: sortForRegister(all), byId: new Map(all.map((s) => [s.id, s])), version: 0, damaged }
        head = undefined
        for (const batch of early.splice(0)) apply(batch)
        for (const l of listeners) l()
        return snapshot
      })()
      // A failed read is tried again on the next visit.
      loading.catch(() => {
        loading = undefined
        head = undefined
        for (const l of listeners) l()
      })
      return loading
    },
    current: () => snapshot,
    head: () => head,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

const stores = new WeakMap<RegisterDb, RegisterStore>()

/** This database's register store, made on first use and kept for the page's life. */
export function registerStore(ctx: DbContext): RegisterStore {
  let store = stores.get(ctx.db)
  if (!store) {
    store = createStore(ctx)
    stores.set(ctx.db, store)
  }
  return store
}
