// Folding one request's entries from every PC into its row (SPEC.md "Sharing the register between PCs").
// The entries are taken in the convergent order, so every PC rebuilds the same row. An entry whose "before" hash
// is not the hash of the row folded so far was written on a PC that had not yet seen an earlier change: a
// concurrent edit. Its changes still apply (nothing is lost, the later one in the order wins field by field) and
// the request stays flagged 「同時に更新されました」 until a manager's resolve entry is folded on top of it.
import type { AuditEntry } from '../audit'
import type { RequestRecord } from '../request'
import { readRequestPayload, VIEW_ACTION } from '../requestPayloads'
import { requestRowHash, searchKeysOf, type HashedRequest } from '../requestHash'
import { convergentOrder } from './order'
import { setPath } from '../replay'

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

/**
 * Rebuilds a request from all the entries known about it, from any PC. `pending` is true when the create has not
 * arrived yet (another PC's change came first): the caller waits for it instead of reporting a problem.
 */
export function foldRequest(entries: readonly AuditEntry[]): FoldResult {
  let row: HashedRequest | null = null
  let hash = ''
  let concurrent: AuditEntry[] = []
  for (const e of convergentOrder(entries)) {
    // A view is about the request but leaves its row as it was.
    if (e.action === VIEW_ACTION) continue
    const read = readRequestPayload(e.action, e.payload)
    if (read.kind === 'purged') return { ok: false, pending: false, reason: '保存期間の経過で消去済み' }
    if (read.kind === 'legacy') return { ok: false, pending: false, reason: '旧形式の記録' }
    if (read.kind === 'created') {
      if (row !== null) return { ok: false, pending: false, reason: '作成の記録が2回あります' }
      row = structuredClone(read.payload.row)
      hash = requestRowHash(row)
      continue
    }
    if (row === null) continue
    const payload = read.payload
    if (payload.before !== hash) concurrent.push(e)
    else if (e.action === RESOLVE_CONCURRENT_ACTION) concurrent = []
    const next = { ...row, updatedAt: e.at, updatedBy: e.actorId } as Record<string, unknown>
    for (const change of payload.changes) {
      if (!setPath(next, change.path, change.after))
        return { ok: false, pending: false, reason: `項目 ${change.path} を再現できません` }
    }
    row = next as HashedRequest
    hash = requestRowHash(row)
  }
  if (row === null) return { ok: false, pending: true, reason: '作成の記録がまだ届いていません' }
  return { ok: true, row: { ...row, searchKeys: searchKeysOf(row) }, concurrent }
}
