// Taking a backup: the whole register dumped by dexie-export-import into a Blob (which the browser keeps on disk
// when it is large, so 100,000 requests never sit in memory as one string), and a manifest saying what is in it
// (counts and each device's chain head, read in the same read transaction as the dump, and the SHA-256 of the
// dump), so a restore can prove it got all of it.
import { exportDB } from 'dexie-export-import'
import { BACKUP_FORMAT, SUPPORTED_FORMAT_VERSION, type ManifestView } from '../../domain/backup/checkBackup'
import type { DbContext } from '../context'
import { registerState } from './registerState'
import { sha256OfBlob } from './sha256'

export interface BackupPayload {
  manifest: ManifestView
  /** The table dump (dexie-export-import's JSON), UTF-8. */
  content: Blob
}

export type Progress = (done: number, total: number) => void

export async function exportBackup(ctx: DbContext, appVersion: string, onProgress?: Progress): Promise<BackupPayload> {
  const { db } = ctx
  // One read transaction: the counts and heads describe exactly the rows the dump holds.
  const { content, state } = await db.transaction('r', db.tables, async () => {
    const dump = await exportDB(db, {
      noTransaction: true,
      numRowsPerChunk: 2000,
      progressCallback: (p) => {
        onProgress?.(p.completedRows, p.totalRows ?? p.completedRows)
        return true
      }
    })
    return { content: dump, state: await registerState(ctx) }
  })
  const manifest: ManifestView = {
    format: BACKUP_FORMAT,
    formatVersion: SUPPORTED_FORMAT_VERSION,
    appVersion,
    schemaVersion: db.verno,
    clinicId: ctx.clinicId,
    deviceId: ctx.deviceId,
    createdAt: ctx.now().toISOString(),
    counts: state.counts,
    chainHeads: state.chainHeads,
    sha256: await sha256OfBlob(content)
  }
  return { manifest, content }
}
