// The audit trail's hash chain (SPEC.md "Records that must hold"). Entries are insert-only and chained
// per device: each holds its deviceSeq and the hash of that device's previous entry. An entry's hash covers
// the hash of its payload, not the payload, so a retention purge can blank old payloads and the chain still verifies.
import type { z } from 'zod'
import { canonicalJson } from './canonicalJson'
import type { auditEntitySchema, auditEntrySchema } from './records/others'
import { sha256Hex } from './hash'

export type AuditEntity = z.infer<typeof auditEntitySchema>

export type AuditEntry = z.infer<typeof auditEntrySchema>

export const GENESIS_HASH = '0'.repeat(64)

export type AuditDraft = Omit<AuditEntry, 'payloadHash' | 'hash'>

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

export function sealEntry(draft: AuditDraft): AuditEntry {
  const payloadHash = hashPayload(draft.payload)
  const withPayloadHash = { ...draft, payloadHash }
  return { ...withPayloadHash, hash: hashEntry(withPayloadHash) }
}

export interface ChainProblem {
  deviceId: string
  deviceSeq: number
  message: string
}

/** Checks one device's entries, given in deviceSeq order. Purged payloads (null) are allowed. */
export function verifyDeviceChain(entries: readonly AuditEntry[]): ChainProblem[] {
  const problems: ChainProblem[] = []
  let prevHash = GENESIS_HASH
  entries.forEach((e, i) => {
    const expectedSeq = i + 1
    const at = (message: string) => problems.push({ deviceId: e.deviceId, deviceSeq: e.deviceSeq, message })
    if (e.deviceSeq !== expectedSeq)
      at(
        `連番が飛んでいます(${expectedSeq} 番があるはずの位置に ${e.deviceSeq} 番)。記録が削除された可能性があります。`
      )
    if (e.prevHash !== prevHash)
      at('直前の記録とのつながり(ハッシュ)が一致しません。記録が削除または差し替えられた可能性があります。')
    if (hashEntry(e) !== e.hash) at('記録の内容がハッシュと一致しません。書き換えられた可能性があります。')
    if (e.payload !== null && hashPayload(e.payload) !== e.payloadHash)
      at('変更内容がハッシュと一致しません。書き換えられた可能性があります。')
    prevHash = e.hash
  })
  return problems
}
