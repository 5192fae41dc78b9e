// The register's data: a snapshot of ids, statuses and kinds (rebuilt when requests change), the ids
// matching the typed text, and the rows currently on screen. Filters are applied in memory.
import { useMemo } from 'react'
import { applyFilter, registerSnapshot, requestsByIds, textMatches, useLiveQuery, type RegisterFilter } from '../../db'
import type { RequestRecord } from '../../domain/request'
import { useDb } from '../../app/services'

export function useRegisterIds(filter: RegisterFilter): { ids: string[] | undefined; key: string | undefined } {
  const ctx = useDb()
  const { text, statuses, kinds, overdueOnly, today } = filter
  const snapshot = useLiveQuery(() => registerSnapshot(ctx, today), [ctx, today])
  // The text's answer carries the text it answers, so a stale answer is never shown as the new one.
  const typed = text.trim()
  const matches = useLiveQuery(async () => ({ text: typed, set: await textMatches(ctx, typed) }), [ctx, typed])
  const statusKey = statuses.join(',')
  const kindKey = kinds.join(',')
  return useMemo(() => {
    if (!snapshot || matches?.text !== typed) return { ids: undefined, key: undefined }
    const ids = applyFilter(snapshot, matches.set, {
      statuses: statusKey === '' ? [] : (statusKey.split(',') as RegisterFilter['statuses']),
      kinds: kindKey === '' ? [] : (kindKey.split(',') as RegisterFilter['kinds']),
      overdueOnly
    })
    // The key says which filter the list shows (the benchmark waits on it).
    return { ids, key: JSON.stringify([typed, statusKey, kindKey, overdueOnly, snapshot.today]) }
  }, [snapshot, matches, typed, statusKey, kindKey, overdueOnly])
}

/** The records for the rows on screen. While a new window loads, the previous answer stays, so rows do not flash empty. */
export function useVisibleRows(ids: readonly string[]): Map<string, RequestRecord> {
  const ctx = useDb()
  const idsKey = ids.join(',')
  const rows = useLiveQuery(() => requestsByIds(ctx, idsKey === '' ? [] : idsKey.split(',')), [ctx, idsKey])
  return useMemo(() => new Map((rows ?? []).filter((r) => r !== undefined).map((r) => [r.id, r])), [rows])
}
