// The register's data for the screen: the session's summaries (read once, patched after each save; see
// db/registerStore.ts), put in the chosen column order once per change of order or of the register, and the
// rows that pass the search and filters, answered in memory in that order. The typed text is deferred, so
// typing stays quick (one filtering pass, no sorting) and the previous rows stay on screen until the new
// answer is drawn.
import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { registerStore, type RegisterSnapshot } from '../../db'
import type { DamagedRow } from '../../domain/records'
import { filterSummaries, type RegisterFilter } from '../../domain/registerList'
import { sortSummaries, type RegisterSort } from '../../domain/registerSort'
import type { RegisterSummary } from '../../domain/registerSummary'
import { useDb } from '../../app/services'

export function useRegisterSnapshot(): { snapshot: RegisterSnapshot | undefined; failed: boolean } {
  const store = registerStore(useDb())
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    store.load().then(
      () => setFailed(false),
      () => setFailed(true)
    )
  }, [store])
  const snapshot = useSyncExternalStore(store.subscribe, store.current)
  return { snapshot, failed }
}

export interface RegisterList {
  rows: readonly RegisterSummary[] | undefined
  /** Which filter the rows answer (the benchmark waits on it). */
  key: string | undefined
  failed: boolean
  /** Rows that failed their schema, shown flagged by id above the list. */
  damaged: readonly DamagedRow[]
}

export function useRegisterList(filter: RegisterFilter, sort: RegisterSort): RegisterList {
  const { snapshot, failed } = useRegisterSnapshot()
  const text = useDeferredValue(filter.text.trim())
  const { statuses, kinds, overdueOnly, today } = filter
  const from = filter.receivedFrom ?? ''
  const to = filter.receivedTo ?? ''
  const statusKey = statuses.join(',')
  const kindKey = kinds.join(',')
  const { key: sortKey, dir } = sort
  const sorted = useMemo(
    () => (snapshot ? sortSummaries(snapshot.rows, { key: sortKey, dir }) : undefined),
    [snapshot, sortKey, dir]
  )
  return useMemo(() => {
    if (!snapshot || !sorted) return { rows: undefined, key: undefined, failed, damaged: [] }
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
      key: JSON.stringify([text, statusKey, kindKey, overdueOnly, today, from, to, sortKey, dir]),
      failed,
      damaged: snapshot.damaged
    }
  }, [snapshot, sorted, failed, text, statusKey, kindKey, overdueOnly, today, from, to, sortKey, dir])
}
