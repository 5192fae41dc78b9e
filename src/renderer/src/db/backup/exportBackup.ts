// Taking a backup: the whole register dumped by dexie-export-import into a Blob (which the browser keeps on disk
// when it is large, so 100,000 requests never sit in memory as one string), and a manifest saying what is in it
// (counts and each device's chain head, and the SHA-256 of the dump), so a restore can prove it got all of it.
//
// The dump is read piece by piece, each piece in its own short read transaction, so staff keep saving while it
// runs: one read transaction over the whole dump would hold every write until it ends (measured in Chromium: a
// save waited 8.6 s behind the export of 2,000 requests; at 100,000 the export takes minutes). Such a dump is kept
// only when nothing was written while it ran: every write appends an audit entry, so each device's chain head is
// then the same before and after it. The counts are those of the rows the dump holds, counted as it writes them.
// A dump that writes ran beside is taken again; after UNLOCKED_ATTEMPTS of them, the last is taken in one read
// transaction, or, for a backup that can wait (the automatic ones while the app is open), none is taken this time.
import { exportDB } from 'dexie-export-import'
import { BACKUP_FORMAT, SUPPORTED_FORMAT_VERSION, type ManifestView } from '../../domain/backup/checkBackup'
import type { DbContext } from '../context'
import type { ChainHead } from '../../domain/chainCheck'
import { chainHeads } from './registerState'
import { sha256OfBlob } from './sha256'

export interface BackupPayload {
  manifest: ManifestView
  /** The table dump (dexie-export-import's JSON), UTF-8. */
  content: Blob
}

export type Progress = (done: number, total: number) => void

/** Dumps taken beside the writes before one is taken holding them off. */
export const UNLOCKED_ATTEMPTS = 3

export interface ExportOptions {
  /** Dumps to try beside the writes first (UNLOCKED_ATTEMPTS; 0: hold the writes off at once). */
  attempts?: number
  /** When every dump beside the writes saw one: take it holding them off (true), or give up with BackupBusyError. */
  holdWrites?: boolean
}

/** Staff saved during every attempt, and the backup was one that can wait rather than hold their saves. */
export class BackupBusyError extends Error {
  constructor() {
    super('受付簿への保存が続いているため、今回のバックアップは見送りました。')
    this.name = 'BackupBusyError'
  }
}

interface Dump {
  content: Blob
  counts: Record<string, number>
  chainHeads: ChainHead[]
}

/** The dump and the rows of each table it holds. */
async function dump(ctx: DbContext, onProgress?: Progress): Promise<Omit<Dump, 'chainHeads'>> {
  const counts: Record<string, number> = Object.fromEntries(ctx.db.tables.map((t) => [t.name, 0]))
  const content = await exportDB(ctx.db, {
    // Joins the caller's transaction when there is one; otherwise each piece is read in its own.
    noTransaction: true,
    numRowsPerChunk: 2000,
    filter: (table) => {
      counts[table] = (counts[table] ?? 0) + 1
      return true
    },
    progressCallback: (p) => {
      onProgress?.(p.completedRows, p.totalRows ?? p.completedRows)
      return true
    }
  })
  return { content, counts }
}

const sameHeads = (a: readonly ChainHead[], b: readonly ChainHead[]) => JSON.stringify(a) === JSON.stringify(b)

/** A dump that writes may run beside; null when something was written while it ran. */
async function dumpBesideWrites(ctx: DbContext, onProgress?: Progress): Promise<Dump | null> {
  const before = await chainHeads(ctx)
  const taken = await dump(ctx, onProgress)
  const after = await chainHeads(ctx)
  return sameHeads(before, after) ? { ...taken, chainHeads: after } : null
}

/** A dump in one read transaction: the heads describe exactly its rows; writes wait until it ends. */
function dumpHoldingWrites(ctx: DbContext, onProgress?: Progress): Promise<Dump> {
  const { db } = ctx
  return db.transaction('r', db.tables, async () => ({
    ...(await dump(ctx, onProgress)),
    chainHeads: await chainHeads(ctx)
  }))
}

export async function exportBackup(
  ctx: DbContext,
  appVersion: string,
  onProgress?: Progress,
  options: ExportOptions = {}
): Promise<BackupPayload> {
  const { db } = ctx
  let taken: Dump | null = null
  for (let i = 0; i < (options.attempts ?? UNLOCKED_ATTEMPTS) && !taken; i++)
    taken = await dumpBesideWrites(ctx, onProgress)
  if (!taken && options.holdWrites === false) throw new BackupBusyError()
  const { content, counts, chainHeads: heads } = taken ?? (await dumpHoldingWrites(ctx, onProgress))
  const manifest: ManifestView = {
    format: BACKUP_FORMAT,
    formatVersion: SUPPORTED_FORMAT_VERSION,
    appVersion,
    schemaVersion: db.verno,
    clinicId: ctx.clinicId,
    deviceId: ctx.deviceId,
    createdAt: ctx.now().toISOString(),
    counts,
    chainHeads: heads,
    sha256: await sha256OfBlob(content)
  }
  return { manifest, content }
}
