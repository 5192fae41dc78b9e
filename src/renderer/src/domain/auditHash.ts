// Hashing of audit entries. An entry's hash covers the hash of its payload, not the payload, so a retention
// purge can blank old payloads and the chain still verifies (SPEC.md "Records that must hold").
import { canonicalJson } from './canonicalJson'
import { sha256Hex } from './hash'
import type { AuditEntry } from './audit'

export const GENESIS_HASH = '0'.repeat(64)

export function hashPayload(payload: unknown): string {
  return sha256Hex(canonicalJson(payload ?? null))
}

export function hashEntry(e: Omit<AuditEntry, 'hash' | 'payload'>): string {
  const {
    id,
    clinicId,
    deviceId,
    deviceSeq,
    at,
    actorId,
    actorName,
    entity,
    entityId,
    action,
    summary,
    payloadHash,
    prevHash
  } = e
  return sha256Hex(
    canonicalJson({
      id,
      clinicId,
      deviceId,
      deviceSeq,
      at,
      actorId,
      actorName,
      entity,
      entityId,
      action,
      summary,
      payloadHash,
      prevHash
    })
  )
}
