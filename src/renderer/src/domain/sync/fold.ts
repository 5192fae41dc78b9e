// Folding one request's entries from every PC into its row (SPEC.md "Sharing the register between PCs").
// The entries are taken in the convergent order, so every PC rebuilds the same row. An entry whose "before" hash
// is not the hash of the row folded so far was written on a PC that had not yet seen an earlier change: a
// concurrent edit. Its changes still apply (nothing is lost, the later one in the order wins field by field) and
// the request stays flagged 「同時に更新されました」 until a manager's resolve entry is folded on top of it.
import type { AuditEntry } from '../audit'
import type { RequestRecord } from '../request'
import { CREATE_ACTIONS, readRequestPayload, VIEW_ACTION } from '../requestPayloads'
import { requestRowHash, searchKeysOf, withoutDerived, type HashedRequest } from '../requestHash'
import { convergentOrder } from './order'

/** Sets a dotted path's value in a row being rebuilt, copying on the way down; false when the path cannot exist. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): boolean {
  const keys = path.split('.')
  const last = keys.pop()
  if (last === undefined || last === '') return false
  let node: Record<string, unknown> = target
  for (const key of keys) {
    const child = node[key]
    if (typeof child !== 'object' || child === null || Array.isArray(child)) return false
    // Copy on the way down, so the entry's payload is never mutated.
    const copy = { ...(child as Record<string, unknown>) }
    node[key] = copy
    node = copy
  }
  node[last] = structuredClone(value)
  return true
}

/** The manager's audited answer to a flagged request: it changes nothing and clears the flag. */
export const RESOLVE_CONCURRENT_ACTION = 'request:resolveConcurrent'

export type FoldResult =
  | {
      ok: true
      row: RequestRecord
      /** Entries folded onto a row their PC had not seen, since the last resolve; empty when the history is linear. */
      concurrent: AuditEntry[]
    }
  | { ok: false; pending: boolean; reason: string }

interface Folding {
  row: HashedRequest | null
  /** The hash of `row`: taken from the entry that produced it while the history is linear, computed otherwise. */
  hash: string
  concurrent: AuditEntry[]
}

type Stepped = { ok: true; state: Folding } | { ok: false; pending: boolean; reason: string }

/** Folds entries, already in the convergent order, onto a state. */
function foldInto(start: Folding, ordered: readonly AuditEntry[]): Stepped {
  let { row, hash, concurrent } = start
  for (const e of ordered) {
    // A view is about the request but leaves its row as it was.
    if (e.action === VIEW_ACTION) continue
    const read = readRequestPayload(e.action, e.payload)
    if (read.kind === 'purged') return { ok: false, pending: false, reason: '保存期間の経過で消去済み' }
    if (read.kind === 'legacy') return { ok: false, pending: false, reason: '旧形式の記録' }
    if (read.kind === 'created') {
      if (row !== null) return { ok: false, pending: false, reason: '作成の記録が2回あります' }
      row = structuredClone(read.payload.row)
      hash = read.payload.after
      continue
    }
    if (row === null) continue
    const payload = read.payload
    const linear = payload.before === hash
    if (!linear) concurrent = [...concurrent, e]
    else if (e.action === RESOLVE_CONCURRENT_ACTION) concurrent = []
    const next = { ...row, updatedAt: e.at, updatedBy: e.actorId } as Record<string, unknown>
    for (const change of payload.changes) {
      if (!setPath(next, change.path, change.after))
        return { ok: false, pending: false, reason: `項目 ${change.path} を再現できません` }
    }
    row = next as HashedRequest
    // On a linear history the entry says what it produced (the audit check compares every row with it); after a
    // concurrent change the row is new to every PC, so its hash is computed.
    hash = linear ? payload.after : requestRowHash(row)
  }
  return { ok: true, state: { row, hash, concurrent } }
}

/**
 * Rebuilds a request from all the entries known about it, from any PC. `pending` is true when the create has not
 * arrived yet (another PC's change came first): the caller waits for it instead of reporting a problem.
 */
export function foldRequest(entries: readonly AuditEntry[]): FoldResult {
  const folded = foldInto({ row: null, hash: '', concurrent: [] }, convergentOrder(entries))
  if (!folded.ok) return folded
  const { row, concurrent } = folded.state
  if (row === null) return { ok: false, pending: true, reason: '作成の記録がまだ届いていません' }
  return { ok: true, row: { ...row, searchKeys: searchKeysOf(row) }, concurrent }
}

/**
 * The quick path of a catch-up: entries that all come after the stored row (in the convergent order) and continue
 * it linearly are folded onto it, without reading its history again. Null when they do not (a create, an entry
 * ordered before the row's newest, or a concurrent one): the caller folds the whole history instead.
 */
export function foldOnto(current: RequestRecord, newer: readonly AuditEntry[]): FoldResult | null {
  if (newer.some((e) => e.at <= current.updatedAt || CREATE_ACTIONS.includes(e.action))) return null
  const row = withoutDerived(current)
  const folded = foldInto({ row, hash: requestRowHash(row), concurrent: [] }, convergentOrder(newer))
  if (!folded.ok || folded.state.concurrent.length > 0 || folded.state.row === null) return null
  return { ok: true, row: { ...folded.state.row, searchKeys: searchKeysOf(folded.state.row) }, concurrent: [] }
}
