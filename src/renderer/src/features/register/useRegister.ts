// The register's data for the screen: the session's summaries (read once, patched after each save; see
// db/registerStore.ts) and the rows that pass the search and filters, answered in memory. The typed text is
// deferred, so typing stays quick and the previous rows stay on screen until the new answer is drawn.
import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { registerStore, type RegisterSnapshot } from '../../db'
import type { DamagedRow } from '../../domain/records'
import { filterSummaries, type RegisterFilter } from '../../domain/registerList'
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

export function useRegisterList(filter: RegisterFilter): RegisterList {
  const { snapshot, failed } = useRegisterSnapshot()
  const text = useDeferredValue(filter.text.trim())
  const { statuses, kinds, overdueOnly, today } = filter
  const statusKey = statuses.join(',')
  const kindKey = kinds.join(',')
  return useMemo(() => {
    if (!snapshot) return { rows: undefined, key: undefined, failed, damaged: [] }
    const f: RegisterFilter = {
      text,
      statuses: statusKey === '' ? [] : (statusKey.split(',') as RegisterFilter['statuses']),
      kinds: kindKey === '' ? [] : (kindKey.split(',') as RegisterFilter['kinds']),
      overdueOnly,
      today
    }
    return {
      rows: filterSummaries(snapshot.rows, f),
      key: JSON.stringify([text, statusKey, kindKey, overdueOnly, today]),
      failed,
      damaged: snapshot.damaged
    }
  }, [snapshot, failed, text, statusKey, kindKey, overdueOnly, today])
}
