// Replay: folding a request's audit entries in order rebuilds its stored row exactly (SPEC.md "Integrity you can
// prove"). This is what a second PC will do with entries it receives, so it uses nothing but the entries:
// the create payload's row, each change's after-values, and the bookkeeping every write stamps from its entry
// (updatedAt = the entry's time, updatedBy = its actor). Search keys are derived again from the rebuilt row.
import type { AuditEntry } from './audit'
import type { RequestRecord } from './request'
import { readRequestPayload } from './requestPayloads'
import { searchKeysOf, type HashedRequest } from './requestHash'

export type ReplayResult = { ok: true; row: RequestRecord } | { ok: false; deviceSeq: number; reason: string }

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

/** Rebuilds one request from its entries, given oldest first. */
export function replayRequest(entries: readonly AuditEntry[]): ReplayResult {
  let row: HashedRequest | null = null
  for (const e of entries) {
    const fail = (reason: string): ReplayResult => ({ ok: false, deviceSeq: e.deviceSeq, reason })
    const read = readRequestPayload(e.action, e.payload)
    if (read.kind === 'created') {
      if (row !== null) return fail('作成の記録が2回あります')
      row = structuredClone(read.payload.row)
      continue
    }
    if (read.kind !== 'changed') return fail(read.kind === 'purged' ? '保存期間の経過で消去済み' : '旧形式の記録')
    if (row === null) return fail('作成の記録より前に変更があります')
    const next = { ...row, updatedAt: e.at, updatedBy: e.actorId } as Record<string, unknown>
    for (const change of read.payload.changes) {
      if (!setPath(next, change.path, change.after)) return fail(`項目 ${change.path} を再現できません`)
    }
    row = next as HashedRequest
  }
  if (row === null) return { ok: false, deviceSeq: 0, reason: '作成の記録がありません' }
  return { ok: true, row: { ...row, searchKeys: searchKeysOf(row) } }
}
