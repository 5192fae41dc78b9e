// The register's column sorting: which columns sort, how each compares, and one stable order for ties
// (newest first, 受付番号 as numbers), so a sorted list reads the same every time it is drawn.
import { REQUEST_KINDS } from './catalogue'
import { compareForRegister, compareReceiptNo } from './registerList'
import type { RegisterSummary } from './registerSummary'
import { STATUSES } from './status'

export const REGISTER_SORT_KEYS = ['receiptNo', 'receivedOn', 'dueOn', 'status', 'kind'] as const
export type RegisterSortKey = (typeof REGISTER_SORT_KEYS)[number]
export type SortDirection = 'asc' | 'desc'

export interface RegisterSort {
  key: RegisterSortKey
  dir: SortDirection
}

/** The order the store already keeps (compareForRegister): sorting by it costs nothing. */
export const DEFAULT_REGISTER_SORT: RegisterSort = { key: 'receivedOn', dir: 'desc' }

export const isRegisterSortKey = (s: string): s is RegisterSortKey =>
  (REGISTER_SORT_KEYS as readonly string[]).includes(s)

type Sortable = Pick<RegisterSummary, 'id' | 'receivedOn' | 'receiptYear' | 'receiptSeq' | 'dueOn' | 'status' | 'kind'>

// 状態 and 種別 sort in the catalogue's order (the workflow's order), not by their labels.
const statusRank = new Map<string, number>(STATUSES.map((s, i) => [s.id, i]))
const kindRank = new Map<string, number>(REQUEST_KINDS.map((k, i) => [k.id, i]))
const rank = (ranks: Map<string, number>, id: string) => ranks.get(id) ?? ranks.size

const PRIMARY: Record<RegisterSortKey, (a: Sortable, b: Sortable) => number> = {
  receiptNo: compareReceiptNo,
  receivedOn: (a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0),
  dueOn: (a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0),
  status: (a, b) => rank(statusRank, a.status) - rank(statusRank, b.status),
  kind: (a, b) => rank(kindRank, a.kind) - rank(kindRank, b.kind)
}

/** The column's order in the chosen direction; rows that tie keep the register's order (newest first). */
export function compareBy(sort: RegisterSort): (a: Sortable, b: Sortable) => number {
  const primary = PRIMARY[sort.key]
  const sign = sort.dir === 'asc' ? 1 : -1
  return (a, b) => sign * primary(a, b) || compareForRegister(a, b)
}

/**
 * `rows` (in the register's order) in the chosen order: a sorted copy, or `rows` itself for the default order.
 * One O(n log n) sort per change of sort or of the register, never per keystroke: filtering keeps this order.
 */
export function sortSummaries<T extends Sortable>(rows: readonly T[], sort: RegisterSort): readonly T[] {
  if (sort.key === DEFAULT_REGISTER_SORT.key && sort.dir === DEFAULT_REGISTER_SORT.dir) return rows
  return [...rows].sort(compareBy(sort))
}

// Each order made of a register's rows, kept while those rows are the register's (a changed register is a new
// array): going back to an order already seen, or turning a column round twice, sorts nothing again.
const madeOrders = new WeakMap<readonly Sortable[], Map<string, readonly Sortable[]>>()

/** `sortSummaries`, made once for the same rows and order. `rows` must not be changed in place afterwards. */
export function sortSummariesOnce<T extends Sortable>(rows: readonly T[], sort: RegisterSort): readonly T[] {
  let orders = madeOrders.get(rows)
  if (!orders) {
    orders = new Map()
    madeOrders.set(rows, orders)
  }
  const key = `${sort.key} ${sort.dir}`
  const made = orders.get(key) as readonly T[] | undefined
  if (made) return made
  const sorted = sortSummaries(rows, sort)
  orders.set(key, sorted)
  return sorted
}

/** A click on a column header: the same column turns round; a new column starts in its natural direction. */
export function nextSort(current: RegisterSort, key: RegisterSortKey): RegisterSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  // Dates of receipt and numbers read newest first; deadlines, states and kinds from the top of their order.
  return { key, dir: key === 'receivedOn' || key === 'receiptNo' ? 'desc' : 'asc' }
}
