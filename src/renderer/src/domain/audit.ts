// The audit trail's hash chain (SPEC.md "Records that must hold"). Entries are insert-only and chained
// per device: each holds its deviceSeq and the hash of that device's previous entry. An entry's hash covers
// the hash of its payload, not the payload, so a retention purge can blank old payloads and the chain still verifies.
import type { z } from 'zod'
import { hashEntry, hashPayload } from './auditHash'
import { createChainCheck, type ChainHead, type ChainProblem } from './chainCheck'
import type { auditEntitySchema, auditEntrySchema } from './records/others'

export type AuditEntity = z.infer<typeof auditEntitySchema>

export type AuditEntry = z.infer<typeof auditEntrySchema>

export { GENESIS_HASH, hashEntry, hashPayload } from './auditHash'
export type { ChainHead, ChainProblem } from './chainCheck'

export type AuditDraft = Omit<AuditEntry, 'payloadHash' | 'hash'>

export function sealEntry(draft: AuditDraft): AuditEntry {
  const payloadHash = hashPayload(draft.payload)
  const withPayloadHash = { ...draft, payloadHash }
  return { ...withPayloadHash, hash: hashEntry(withPayloadHash) }
}

/**
 * Checks one device's entries, given in deviceSeq order (restore checks a backup with it). Purged payloads (null)
 * are allowed. With the head anchored outside the data, deleted newest entries are reported too.
 */
export function verifyDeviceChain(entries: readonly AuditEntry[], anchor: ChainHead | null = null): ChainProblem[] {
  const first = entries[0]
  if (!first) return anchor ? createChainCheck(anchor.deviceId, { anchor }).end() : []
  const check = createChainCheck(first.deviceId, { anchor })
  check.push(entries)
  return check.end()
}
