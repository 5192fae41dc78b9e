// Reads for the register list at 100,000 rows. The list holds ids in display order; facets (each id's status
// and kind, and which are past due) are rebuilt from indexes when requests change, so filter changes are
// answered in memory; name search is one prefix query on the search-key index. The screen fetches only the
// rows it shows.
import { REQUEST_KIND_IDS, type RequestKindId } from '../domain/catalogue'
import { toSearchKey } from '../domain/kana'
import type { RequestRecord } from '../domain/request'
import { isOpen, STATUS_IDS, type StatusId } from '../domain/status'
import type { DbContext } from './context'

export interface RegisterFilter {
  text: string
  statuses: StatusId[]
  kinds: RequestKindId[]
  overdueOnly: boolean
  /** The Japan calendar day the overdue filter compares against. */
  today: string
}

export interface RegisterFacets {
  statusOf: Map<string, StatusId>
  kindOf: Map<string, RequestKindId>
  /** Ids whose target date is before `today` (overdue when still open). */
  pastDue: Set<string>
  today: string
}

/** Every request id, newest first (by 受付日, then 受付番号). */
export async function orderedRequestIds(ctx: DbContext): Promise<string[]> {
  const keys = await ctx.db.requests.orderBy('[receivedOn+receiptNo]').primaryKeys()
  return keys.reverse()
}

/**
 * One equality query per value: each is a single getAllKeys, where Dexie's anyOf walks a cursor
 * (about 2 s at 100,000 rows in the benchmark).
 */
async function keysByValue<V extends string>(
  ctx: DbContext,
  index: 'status' | 'kind',
  values: readonly V[]
): Promise<Map<string, V>> {
  const lists = await Promise.all(values.map((v) => ctx.db.requests.where(index).equals(v).primaryKeys()))
  const out = new Map<string, V>()
  lists.forEach((ids, i) => {
    const v = values[i]
    if (v !== undefined) for (const id of ids) out.set(id, v)
  })
  return out
}

export async function registerFacets(ctx: DbContext, today: string): Promise<RegisterFacets> {
  const [statusOf, kindOf, pastDue] = await Promise.all([
    keysByValue(ctx, 'status', STATUS_IDS),
    keysByValue(ctx, 'kind', REQUEST_KIND_IDS),
    ctx.db.requests.where('dueOn').below(today).primaryKeys()
  ])
  return { statusOf, kindOf, pastDue: new Set(pastDue), today }
}

/** Ids whose name, reading or 受付番号 starts with the typed text; null when nothing is typed. */
export async function textMatches(ctx: DbContext, text: string): Promise<Set<string> | null> {
  const key = toSearchKey(text)
  if (key === '') return null
  return new Set(await ctx.db.requests.where('searchKeys').startsWith(key).primaryKeys())
}

export type FacetFilter = Omit<RegisterFilter, 'text' | 'today'>

/** Whether the filter needs the facets (anything beyond the typed text). */
export function needsFacets(f: FacetFilter): boolean {
  return f.statuses.length > 0 || f.kinds.length > 0 || f.overdueOnly
}

/** The ids that pass the filter, in display order. Pure and synchronous: a filter change costs one pass. */
export function applyFilter(
  ordered: string[],
  s: RegisterFacets | undefined,
  text: Set<string> | null,
  f: FacetFilter
): string[] {
  const statuses = f.statuses.length > 0 ? new Set<string>(f.statuses) : null
  const kinds = f.kinds.length > 0 ? new Set<string>(f.kinds) : null
  if (!text && !needsFacets(f)) return ordered
  if (!s) return text ? ordered.filter((id) => text.has(id)) : ordered
  return ordered.filter((id) => {
    if (text && !text.has(id)) return false
    const status = s.statusOf.get(id)
    if (statuses && (status === undefined || !statuses.has(status))) return false
    if (kinds && !kinds.has(s.kindOf.get(id) ?? '')) return false
    if (f.overdueOnly && !(s.pastDue.has(id) && status !== undefined && isOpen(status))) return false
    return true
  })
}

/** The ids that pass the filter, or null when nothing filters. */
export async function filteredIdSet(ctx: DbContext, f: RegisterFilter): Promise<Set<string> | null> {
  const text = await textMatches(ctx, f.text)
  if (!text && f.statuses.length === 0 && f.kinds.length === 0 && !f.overdueOnly) return null
  return new Set(applyFilter(await orderedRequestIds(ctx), await registerFacets(ctx, f.today), text, f))
}

export function applyOrder(ordered: readonly string[], matches: Set<string> | null): string[] {
  if (matches === null) return [...ordered]
  return ordered.filter((id) => matches.has(id))
}

/**
 * A cheap value that changes whenever any request is added, changed or removed. Screens watch this with a
 * live query and re-read the 100,000 ids outside it: a live query over all ids makes Dexie track every key
 * it returned, which took seconds at 100,000 rows in the benchmark.
 */
export async function registerVersion(ctx: DbContext): Promise<string> {
  const [count, last] = await Promise.all([ctx.db.requests.count(), ctx.db.requests.orderBy('updatedAt').last()])
  return `${count}:${last?.updatedAt ?? ''}:${last?.id ?? ''}`
}

export async function requestsByIds(ctx: DbContext, ids: readonly string[]): Promise<(RequestRecord | undefined)[]> {
  return ctx.db.requests.bulkGet([...ids])
}

export async function countRequests(ctx: DbContext): Promise<number> {
  return ctx.db.requests.count()
}
