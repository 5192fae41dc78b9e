// Taking a backup: the whole register dumped by dexie-export-import in one read transaction, and a manifest
// saying what is in it (counts, each device's chain head, SHA-256), so a restore can prove it got all of it.
import { exportDB } from 'dexie-export-import'
import type { AuditEntry } from '../../domain/audit'
import { BACKUP_FORMAT, SUPPORTED_FORMAT_VERSION, type ManifestView } from '../../domain/backup/checkBackup'
import { chainHeadsOf, countsOf, dexieDumpSchema, tablesOf } from '../../domain/backup/dump'
import type { DbContext } from '../context'
import { sha256OfText } from './sha256'

export interface BackupPayload {
  manifest: ManifestView
  content: string
}

export type Progress = (done: number, total: number) => void

export async function exportBackup(ctx: DbContext, appVersion: string, onProgress?: Progress): Promise<BackupPayload> {
  const blob = await exportDB(ctx.db, {
    numRowsPerChunk: 2000,
    progressCallback: (p) => {
      onProgress?.(p.completedRows, p.totalRows ?? p.completedRows)
      return true
    }
  })
  const content = await blob.text()
  // The manifest is computed from the dump itself, so it describes exactly what the file holds.
  const tables = tablesOf(dexieDumpSchema.parse(JSON.parse(content)))
  const audit = (tables.get('audit') ?? []) as AuditEntry[]
  const manifest: ManifestView = {
    format: BACKUP_FORMAT,
    formatVersion: SUPPORTED_FORMAT_VERSION,
    appVersion,
    schemaVersion: ctx.db.verno,
    clinicId: ctx.clinicId,
    deviceId: ctx.deviceId,
    createdAt: ctx.now().toISOString(),
    counts: countsOf(tables),
    chainHeads: chainHeadsOf(audit),
    sha256: await sha256OfText(content)
  }
  return { manifest, content }
}
