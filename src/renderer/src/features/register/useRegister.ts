// The register's data: ordered ids (refreshed when requests change), the filter's id set, and the rows
// currently on screen. At 100,000 requests only ids and the visible rows are held in memory.
import { useMemo } from 'react'
import { applyOrder, filteredIdSet, orderedRequestIds, requestsByIds, useLiveQuery, type RegisterFilter } from '../../db'
import type { RequestRecord } from '../../domain/request'
import { useDb } from '../../app/services'

export function filterKey(f: RegisterFilter): string {
  return JSON.stringify([f.text.trim(), f.statuses, f.kinds, f.overdueOnly, f.today])
}

export function useRegisterIds(filter: RegisterFilter): { ids: string[] | undefined; key: string | undefined } {
  const ctx = useDb()
  const key = filterKey(filter)
  const ordered = useLiveQuery(() => orderedRequestIds(ctx), [ctx])
  // The filter is rebuilt from its key so the query re-runs exactly when its content changes.
  // Its answer carries the key, so the list can say which filter it shows (the benchmark waits on it).
  const matches = useLiveQuery(async () => {
    const [text, statuses, kinds, overdueOnly, today] = JSON.parse(key) as [string, RegisterFilter['statuses'], RegisterFilter['kinds'], boolean, string]
    return { key, set: await filteredIdSet(ctx, { text, statuses, kinds, overdueOnly, today }) }
  }, [ctx, key])
  const ids = useMemo(() => (ordered && matches ? applyOrder(ordered, matches.set) : undefined), [ordered, matches])
  return { ids, key: matches?.key }
}

/** The records for the rows on screen. While a new window loads, the previous answer stays, so rows do not flash empty. */
export function useVisibleRows(ids: readonly string[]): Map<string, RequestRecord> {
  const ctx = useDb()
  const idsKey = ids.join(',')
  const rows = useLiveQuery(() => requestsByIds(ctx, idsKey === '' ? [] : idsKey.split(',')), [ctx, idsKey])
  return useMemo(() => new Map((rows ?? []).filter((r) => r !== undefined).map((r) => [r.id, r])), [rows])
}
