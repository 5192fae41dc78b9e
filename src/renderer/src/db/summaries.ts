// The register summaries' one write path and change signal. Every write of a request calls putSummaries inside
// its own transaction, so a summary never disagrees with its request; once that transaction has committed,
// listeners get the new summaries themselves. A change bus rather than a live query: the register patches
// its list from exactly what was written (no re-read, no dependence on the clock of updatedAt), and an aborted
// write signals nothing. The app has one window per register, so changes made elsewhere need no watching.
import { Dexie, type Transaction } from 'dexie'
import { summarize, type RegisterSummary } from '../domain/registerSummary'
import type { RequestRecord } from '../domain/request'
import type { DbContext } from './context'
import type { RegisterDb } from './database'

export type SummaryListener = (changed: readonly RegisterSummary[]) => void

const listeners = new WeakMap<RegisterDb, Set<SummaryListener>>()

/** Listens to committed summary changes of this database; returns the function that stops listening. */
export function onSummariesCommitted(db: RegisterDb, listener: SummaryListener): () => void {
  let set = listeners.get(db)
  if (!set) {
    set = new Set()
    listeners.set(db, set)
  }
  set.add(listener)
  return () => set.delete(listener)
}

/**
 * Writes the summaries of these requests. Must run inside the caller's rw transaction that includes the
 * summaries table: the request, its summary and its audit entry commit or fail together.
 */
export async function putSummaries(ctx: DbContext, records: readonly RequestRecord[]): Promise<RegisterSummary[]> {
  // Dexie's typings say always set; outside a transaction it is null.
  const tx = Dexie.currentTransaction as Transaction | null
  if (!tx) throw new Error('putSummaries must run inside the write transaction of its requests')
  const summaries = records.map(summarize)
  await ctx.db.summaries.bulkPut(summaries)
  const set = listeners.get(ctx.db)
  if (set && set.size > 0)
    // Sub-transactions share the outer IDBTransaction: this fires once the whole write has committed.
    tx.idbtrans.addEventListener('complete', () => {
      for (const listener of set) listener(summaries)
    })
  return summaries
}

export type RemovalListener = (ids: readonly string[]) => void

const removalListeners = new WeakMap<RegisterDb, Set<RemovalListener>>()

/** Listens to summaries removed by a committed retention purge; returns the function that stops listening. */
export function onSummariesRemoved(db: RegisterDb, listener: RemovalListener): () => void {
  let set = removalListeners.get(db)
  if (!set) {
    set = new Set()
    removalListeners.set(db, set)
  }
  set.add(listener)
  return () => set.delete(listener)
}

/** Deletes the summaries of purged requests, inside the purge's transaction; listeners hear once it commits. */
export async function deleteSummaries(ctx: DbContext, ids: readonly string[]): Promise<void> {
  const tx = Dexie.currentTransaction as Transaction | null
  if (!tx) throw new Error('deleteSummaries must run inside the write transaction of its requests')
  await ctx.db.summaries.bulkDelete([...ids])
  const set = removalListeners.get(ctx.db)
  if (set && set.size > 0)
    tx.idbtrans.addEventListener('complete', () => {
      for (const listener of set) listener(ids)
    })
}

/** Summaries read at a time: a page is decoded in one task (about 0.1 s here), so the window keeps drawing. */
export const SUMMARY_PAGE = 5000

/**
 * Every summary (about 600 bytes a request), in pages by id with a pause between them: one getAll of 100,000
 * would hold the window for seconds right after the home page is drawn. Changes committed meanwhile reach the
 * register store by its commit listener, as during any read.
 */
export async function allSummaries(ctx: DbContext, pageSize = SUMMARY_PAGE): Promise<RegisterSummary[]> {
  const all: RegisterSummary[] = []
  let last: string | undefined
  for (;;) {
    const from = last === undefined ? ctx.db.summaries.orderBy(':id') : ctx.db.summaries.where(':id').above(last)
    const page = await from.limit(pageSize).toArray()
    all.push(...page)
    const tail = page.at(-1)
    if (!tail || page.length < pageSize) return all
    last = tail.id
    await new Promise<void>((resolve) => setTimeout(resolve, 0))
  }
}

/**
 * The newest summaries in the register's order, read before the whole register so its first screen is drawn at
 * once: at least `count` rows by the receivedOn index, and every other row of the oldest day among them, so
 * they are exactly the register's first rows (newest first) and not a guess.
 */
export async function newestSummaries(ctx: DbContext, count: number): Promise<RegisterSummary[]> {
  const { summaries } = ctx.db
  return ctx.db.transaction('r', summaries, async () => {
    const newest = await summaries.orderBy('receivedOn').reverse().limit(count).toArray()
    const oldest = newest.at(-1)
    if (!oldest || newest.length < count) return newest
    const sameDay = await summaries.where('receivedOn').equals(oldest.receivedOn).toArray()
    return [...newest.filter((s) => s.receivedOn !== oldest.receivedOn), ...sameDay]
  })
}
