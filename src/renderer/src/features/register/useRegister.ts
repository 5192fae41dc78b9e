// The register's data: ids in display order, facets for filtering (both rebuilt when requests change), the
// ids matching the typed text, and the rows currently on screen. Filters are applied in memory. The list shows
// as soon as the ids arrive; facets are needed only once a status, kind or overdue filter is chosen.
import { useEffect, useMemo, useState } from 'react'
import {
  applyFilter,
  needsFacets,
  orderedRequestIds,
  registerFacets,
  registerVersion,
  requestsByIds,
  textMatches,
  useLiveQuery,
  type RegisterFacets,
  type RegisterFilter
} from '../../db'
import type { RequestRecord } from '../../domain/request'
import { useDb } from '../../app/services'

export function useRegisterIds(filter: RegisterFilter): { ids: string[] | undefined; key: string | undefined } {
  const ctx = useDb()
  const { text, statuses, kinds, overdueOnly, today } = filter
  const { ordered, facets } = useRegisterData(today)
  // The text's answer carries the text it answers, so a stale answer is never shown as the new one.
  const typed = text.trim()
  const matches = useLiveQuery(async () => ({ text: typed, set: await textMatches(ctx, typed) }), [ctx, typed])
  const statusKey = statuses.join(',')
  const kindKey = kinds.join(',')
  return useMemo(() => {
    const f = {
      statuses: statusKey === '' ? [] : (statusKey.split(',') as RegisterFilter['statuses']),
      kinds: kindKey === '' ? [] : (kindKey.split(',') as RegisterFilter['kinds']),
      overdueOnly
    }
    if (!ordered || matches?.text !== typed || (needsFacets(f) && facets?.today !== today))
      return { ids: undefined, key: undefined }
    // The key says which filter the list shows (the benchmark waits on it).
    return {
      ids: applyFilter(ordered, facets, matches.set, f),
      key: JSON.stringify([typed, statusKey, kindKey, overdueOnly, today])
    }
  }, [ordered, facets, matches, typed, statusKey, kindKey, overdueOnly, today])
}

/** Ids in display order and the facets, re-read whenever a request changes (see registerVersion). */
function useRegisterData(today: string): { ordered: string[] | undefined; facets: RegisterFacets | undefined } {
  const ctx = useDb()
  const version = useLiveQuery(() => registerVersion(ctx), [ctx])
  const [ordered, setOrdered] = useState<string[]>()
  const [facets, setFacets] = useState<RegisterFacets>()
  useEffect(() => {
    if (version === undefined) return
    let current = true
    void orderedRequestIds(ctx).then((ids) => {
      if (current) setOrdered(ids)
    })
    void registerFacets(ctx, today).then((f) => {
      if (current) setFacets(f)
    })
    return () => {
      current = false
    }
  }, [ctx, version, today])
  return { ordered, facets }
}

/** The records for the rows on screen. While a new window loads, the previous answer stays, so rows do not flash empty. */
export function useVisibleRows(ids: readonly string[]): Map<string, RequestRecord> {
  const ctx = useDb()
  const idsKey = ids.join(',')
  const rows = useLiveQuery(() => requestsByIds(ctx, idsKey === '' ? [] : idsKey.split(',')), [ctx, idsKey])
  return useMemo(() => new Map((rows ?? []).filter((r) => r !== undefined).map((r) => [r.id, r])), [rows])
}
