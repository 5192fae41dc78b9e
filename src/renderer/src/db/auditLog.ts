// Appending to and reading the audit trail. appendAudit must run inside the caller's rw transaction
// (which includes the audit table), so the change and its entry commit or fail together.
import { Dexie } from 'dexie'
import {
  GENESIS_HASH,
  sealEntry,
  verifyDeviceChain,
  type AuditEntity,
  type AuditEntry,
  type ChainProblem
} from '../domain/audit'
import type { Actor } from '../domain/staff'
import { newId, type DbContext } from './context'

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
  return entries
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
  problems: ChainProblem[]
}

/** Verifies every device's chain. A manager runs this to show nothing was edited or removed. */
export async function verifyAuditChain(ctx: DbContext): Promise<ChainReport> {
  const all = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').toArray()
  const byDevice = new Map<string, AuditEntry[]>()
  for (const e of all) {
    const list = byDevice.get(e.deviceId)
    if (list) list.push(e)
    else byDevice.set(e.deviceId, [e])
  }
  const problems = [...byDevice.values()].flatMap((entries) => verifyDeviceChain(entries))
  return { checked: all.length, devices: byDevice.size, problems }
}
