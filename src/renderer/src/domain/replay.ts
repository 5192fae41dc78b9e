// Replay: folding a request's audit entries in order rebuilds its stored row exactly (SPEC.md "Integrity you can
// prove"). It is the fold a PC sharing the register runs on entries it receives, so it uses nothing but the entries:
// the create payload's row, each change's after-values, and the bookkeeping every write stamps from its entry
// (updatedAt = the entry's time, updatedBy = its actor). Search keys are derived again from the rebuilt row.
import type { AuditEntry } from './audit'
import type { RequestRecord } from './request'
import { foldRequest } from './sync/fold'

export type ReplayResult = { ok: true; row: RequestRecord } | { ok: false; reason: string }

/** Rebuilds one request from its entries: the same fold every PC sharing the register runs (domain/sync/fold.ts). */
export function replayRequest(entries: readonly AuditEntry[]): ReplayResult {
  const folded = foldRequest(entries)
  return folded.ok ? { ok: true, row: folded.row } : { ok: false, reason: folded.reason }
}
