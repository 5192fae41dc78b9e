// What the last clean 監査記録 check learned from the trail (each request's latest row hash, the numbers issued and
// purged), kept beside the register on this PC so the next check reads only the entries written since. It lives in
// its own small database: never backed up, exported or replicated, and losing it costs time, never safety (the check
// then reads every entry again). It is used only with the checkpoint it was written with (same id, same heads).
import { Dexie, type Table } from 'dexie'
import type { ChainHead } from '../domain/chainCheck'
import type { TrailIndex } from '../domain/recordCheck'
import type { DbContext } from './context'
import { verifyRegister, type IntegrityReport, type VerifyOptions } from './integrity'

export const VERIFIED_DB_NAME = 'kaiji-uketsukebo-verified'

interface KeptTrail {
  /** The clinic's id: one kept trail per register. */
  id: string
  /** Names the checkpoint this trail belongs to (written with it). */
  checkpointId: string
  heads: ChainHead[]
  trail: TrailIndex
}

class VerifiedDb extends Dexie {
  trails!: Table<KeptTrail, string>
  constructor() {
    super(VERIFIED_DB_NAME)
    // v1: one row per clinic; IndexedDB keeps the Map and Sets as they are.
    this.version(1).stores({ trails: 'id' })
  }
}

async function withDb<T>(work: (db: VerifiedDb) => Promise<T>): Promise<T> {
  const db = new VerifiedDb()
  try {
    return await work(db)
  } finally {
    db.close()
  }
}

const sameHeads = (a: readonly ChainHead[], b: readonly ChainHead[]): boolean =>
  a.length === b.length &&
  a.every((h) => b.some((k) => k.deviceId === h.deviceId && k.deviceSeq === h.deviceSeq && k.hash === h.hash))

const isTrail = (t: unknown): t is TrailIndex =>
  typeof t === 'object' &&
  t !== null &&
  'requests' in t &&
  t.requests instanceof Map &&
  'accounted' in t &&
  t.accounted instanceof Set &&
  'issued' in t &&
  t.issued instanceof Set

/** The trail kept with this checkpoint, or undefined (none, another checkpoint's, unreadable): then read it all. */
export async function readVerifiedTrail(
  clinicId: string,
  checkpointId: string,
  heads: readonly ChainHead[]
): Promise<TrailIndex | undefined> {
  try {
    const kept = await withDb((db) => db.trails.get(clinicId))
    if (!kept || kept.checkpointId !== checkpointId || !sameHeads(kept.heads, heads)) return undefined
    return isTrail(kept.trail) ? kept.trail : undefined
  } catch {
    return undefined
  }
}

/** Keeps the trail of a clean check; a failure only means the next check reads every entry. */
export async function keepVerifiedTrail(
  clinicId: string,
  checkpointId: string,
  heads: readonly ChainHead[],
  trail: TrailIndex
): Promise<boolean> {
  try {
    await withDb((db) => db.trails.put({ id: clinicId, checkpointId, heads: [...heads], trail }))
    return true
  } catch {
    return false
  }
}

/** Which register's kept trail a check uses and keeps, and the checkpoint it starts from (null: none kept). */
export interface TrailRef {
  clinicId: string
  checkpointId: string | null
}

export interface TrailCheck {
  report: Omit<IntegrityReport, 'trail'>
  /** The trail kept with the checkpoint stood for the entries before it (they were not read). */
  trailUsed: boolean
  /** The id the new trail was kept under (a clean check), or null: the next check then reads every entry. */
  keptId: string | null
}

/**
 * The check with its kept trail: read before it (when it belongs to the checkpoint), the new one kept after a clean
 * check. Run where the check runs (its worker), so the trail of 100,000 requests never passes through the window.
 * Without `ref` nothing is read or kept.
 */
export async function verifyWithKeptTrail(ctx: DbContext, options: VerifyOptions, ref?: TrailRef): Promise<TrailCheck> {
  const trail =
    ref?.checkpointId != null
      ? await readVerifiedTrail(ref.clinicId, ref.checkpointId, options.checkpoint ?? [])
      : undefined
  const { trail: newTrail, ...report } = await verifyRegister(ctx, { ...options, trail })
  let keptId: string | null = null
  if (ref && report.problems.length === 0) {
    const id = crypto.randomUUID()
    if (await keepVerifiedTrail(ref.clinicId, id, report.heads, newTrail)) keptId = id
  }
  return { report, trailUsed: trail !== undefined, keptId }
}
