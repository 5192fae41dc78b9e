// Appending to and reading the audit trail. appendAudit must run inside the caller's rw transaction
// (which includes the audit table), so the change and its entry commit or fail together.
import { Dexie, type Transaction } from 'dexie'
import { GENESIS_HASH, sealEntry, type AuditEntity, type AuditEntry } from '../domain/audit'
import type { Actor } from '../domain/staff'
import { newId, type DbContext } from './context'
import { verifyRegister, type IntegrityProblem } from './integrity'

export interface AuditInput {
  entity: AuditEntity
  entityId: string
  action: string
  summary: string
  payload: unknown
}

export async function appendAudit(ctx: DbContext, actor: Actor, input: AuditInput, at: string): Promise<AuditEntry> {
  const [entry] = await appendAuditMany(ctx, actor, [input], at)
  if (!entry) throw new Error('audit entry not written')
  return entry
}

/** Several entries chained in order, reading this device's last entry once. */
export async function appendAuditMany(
  ctx: DbContext,
  actor: Actor,
  inputs: readonly AuditInput[],
  at: string
): Promise<AuditEntry[]> {
  const { db, deviceId } = ctx
  const last = await db.audit
    .where('[deviceId+deviceSeq]')
    .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
    .last()
  let seq = last?.deviceSeq ?? 0
  let prevHash = last?.hash ?? GENESIS_HASH
  const entries = inputs.map((input) => {
    seq += 1
    const entry = sealEntry({
      id: newId(),
      clinicId: ctx.clinicId,
      deviceId,
      deviceSeq: seq,
      at,
      actorId: actor.id,
      actorName: actor.name,
      ...input,
      prevHash
    })
    prevHash = entry.hash
    return entry
  })
  await db.audit.bulkAdd(entries)
  notifyOnCommit(ctx, entries.at(-1))
  return entries
}

/** After the whole transaction commits (never before: an aborted write must not move the anchored head). */
function notifyOnCommit(ctx: DbContext, last: AuditEntry | undefined): void {
  const notify = ctx.onCommitted
  // Typed as always present, but undefined outside a transaction.
  const tx = Dexie.currentTransaction as Transaction | undefined
  const idbtrans = tx?.idbtrans
  if (!notify || !last || !idbtrans) return
  const head = { deviceId: last.deviceId, deviceSeq: last.deviceSeq, hash: last.hash }
  idbtrans.addEventListener('complete', () => {
    notify(head)
  })
}

/** For writes that only record that something happened (a print, an export, a login). */
export async function recordEvent(ctx: DbContext, actor: Actor, input: AuditInput): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.audit, () => appendAudit(ctx, actor, input, ctx.now().toISOString()))
}

export async function auditFor(ctx: DbContext, entityId: string): Promise<AuditEntry[]> {
  const rows = await ctx.db.audit.where('entityId').equals(entityId).toArray()
  return rows.sort((a, b) => a.at.localeCompare(b.at) || a.deviceSeq - b.deviceSeq)
}

/** The newest entries of this device's chain, newest first. */
export async function recentAudit(ctx: DbContext, limit: number): Promise<AuditEntry[]> {
  const { deviceId } = ctx
  return ctx.db.audit
    .where('[deviceId+deviceSeq]')
    .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray()
}

export interface ChainReport {
  checked: number
  devices: number
  problems: IntegrityProblem[]
}

/** Verifies every device's chain and every request row against it (see integrity.ts). */
export async function verifyAuditChain(ctx: DbContext): Promise<ChainReport> {
  const { checked, devices, problems } = await verifyRegister(ctx)
  return { checked, devices, problems }
}
