// The register's data for the screen: the session's summaries (read once, patched after each save; see
// db/registerStore.ts), put in the chosen column order once per change of order or of the register, and the
// rows that pass the search and filters, answered in memory in that order. The typed text is deferred, so
// typing stays quick (one filtering pass, no sorting) and the previous rows stay on screen until the new
// answer is drawn. Before the whole register is read, its newest rows are shown as the first screen.
import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { registerStore, type RegisterSnapshot } from '../../db'
import type { DamagedRow } from '../../domain/records'
import { filterSummaries, prepareSearch, type RegisterFilter } from '../../domain/registerList'
import {
  DEFAULT_REGISTER_SORT,
  REGISTER_SORT_KEYS,
  sortSummariesOnce,
  type RegisterSort
} from '../../domain/registerSort'
import type { RegisterSummary } from '../../domain/registerSummary'
import { whenIdle } from '../../app/idle'
import { useDb } from '../../app/services'

export function useRegisterSnapshot(): {
  snapshot: RegisterSnapshot | undefined
  head: readonly RegisterSummary[] | undefined
  failed: boolean
} {
  const store = registerStore(useDb())
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    store.load().then(
      () => setFailed(false),
      () => setFailed(true)
    )
  }, [store])
  const snapshot = useSyncExternalStore(store.subscribe, store.current)
  const head = useSyncExternalStore(store.subscribe, store.head)
  return { snapshot, head, failed }
}

export interface RegisterList {
  rows: readonly RegisterSummary[] | undefined
  /**
   * The rows are only the register's newest (its first screen), shown while the rest is read: no count, search,
   * filter, other order or export until the whole register is there.
   */
  partial: boolean
  /** Which filter the rows answer (the benchmark waits on it). */
  key: string | undefined
  failed: boolean
  /** Rows that failed their schema, shown flagged by id above the list. */
  damaged: readonly DamagedRow[]
}

/** Every column order but the register's own, which costs nothing. */
const OTHER_ORDERS: readonly RegisterSort[] = REGISTER_SORT_KEYS.flatMap((key) =>
  (['asc', 'desc'] as const).map((dir) => ({ key, dir }))
).filter((s) => s.key !== DEFAULT_REGISTER_SORT.key || s.dir !== DEFAULT_REGISTER_SORT.dir)

/**
 * While the register is on screen, the search strings of its own order and then its other column orders (each with
 * its search strings) are made one at a time when the window is idle (tens of milliseconds each at 50,000
 * requests), so the first search only matches and a click on a column header only draws; a changed register starts
 * again (sortSummariesOnce and the search keep what they made for the rows it was made from).
 */
function usePreparedOrders(rows: readonly RegisterSummary[] | undefined): void {
  useEffect(() => {
    if (!rows) return
    let cancel = () => {}
    let next = -1
    const prepare = (delayMs: number) => {
      const sort = next < 0 ? DEFAULT_REGISTER_SORT : OTHER_ORDERS[next]
      next += 1
      if (!sort) return
      cancel = whenIdle(() => {
        prepareSearch(sortSummariesOnce(rows, sort))
        prepare(0)
      }, delayMs)
    }
    // After the rows are drawn and staff have had a moment to start typing.
    prepare(1000)
    return () => cancel()
  }, [rows])
}

export function useRegisterList(filter: RegisterFilter, sort: RegisterSort): RegisterList {
  const { snapshot, head, failed } = useRegisterSnapshot()
  usePreparedOrders(snapshot?.rows)
  const text = useDeferredValue(filter.text.trim())
  const { statuses, kinds, overdueOnly, today } = filter
  const from = filter.receivedFrom ?? ''
  const to = filter.receivedTo ?? ''
  const statusKey = statuses.join(',')
  const kindKey = kinds.join(',')
  const { key: sortKey, dir } = sort
  const sorted = useMemo(
    () => (snapshot ? sortSummariesOnce(snapshot.rows, { key: sortKey, dir }) : undefined),
    [snapshot, sortKey, dir]
  )
  return useMemo(() => {
    if (!snapshot || !sorted) {
      const asFirstScreen =
        head !== undefined &&
        !failed &&
        isDefaultView({ text, statusKey, kindKey, overdueOnly, from, to, sortKey, dir })
      return { rows: asFirstScreen ? head : undefined, partial: asFirstScreen, key: undefined, failed, damaged: [] }
    }
    const f: RegisterFilter = {
      text,
      statuses: statusKey === '' ? [] : (statusKey.split(',') as RegisterFilter['statuses']),
      kinds: kindKey === '' ? [] : (kindKey.split(',') as RegisterFilter['kinds']),
      overdueOnly,
      today,
      receivedFrom: from,
      receivedTo: to
    }
    return {
      rows: filterSummaries(sorted, f),
      partial: false,
      key: JSON.stringify([text, statusKey, kindKey, overdueOnly, today, from, to, sortKey, dir]),
      failed,
      damaged: snapshot.damaged
    }
  }, [snapshot, sorted, head, failed, text, statusKey, kindKey, overdueOnly, today, from, to, sortKey, dir])
}

/** No search, filter or other order: the register's own order, of which the first screen is the start. */
function isDefaultView(v: {
  text: string
  statusKey: string
  kindKey: string
  overdueOnly: boolean
  from: string
  to: string
  sortKey: string
  dir: string
}): boolean {
  return (
    v.text === '' &&
    v.statusKey === '' &&
    v.kindKey === '' &&
    !v.overdueOnly &&
    v.from === '' &&
    v.to === '' &&
    v.sortKey === DEFAULT_REGISTER_SORT.key &&
    v.dir === DEFAULT_REGISTER_SORT.dir
  )
}
