// Backups and the anchor through the desktop's main process, or the browser's own storage as a fallback.
import type { Anchor, BackupList, BackupManifest } from '../../../shared/backupIpc'
import { backupManifestSchema } from '../../../shared/backupIpc'
import {
  browserListBackups,
  browserReadAnchor,
  browserReadBackup,
  browserWriteAnchor,
  browserWriteBackup
} from './browserBackupStore'
import { parseIpcResult } from './ipcResult'
import { pickBackupFileInBrowser } from './pickFile'

export type { Anchor, BackupList, BackupListEntry, BackupManifest } from '../../../shared/backupIpc'

const desktop = () => (typeof window !== 'undefined' ? window.api : undefined)

export interface WrittenBackup {
  fileName: string
  sizeBytes: number
}

export async function writeBackup(folder: string, manifest: BackupManifest, content: string): Promise<WrittenBackup> {
  const api = desktop()
  return api
    ? parseIpcResult('backup:write', await api.writeBackup({ folder, manifest, content }))
    : browserWriteBackup(manifest, content)
}

export async function listBackups(folder: string): Promise<BackupList> {
  const api = desktop()
  return api ? parseIpcResult('backup:list', await api.listBackups({ folder })) : browserListBackups()
}

export async function readBackup(folder: string, fileName: string): Promise<{ fileName: string; text: string }> {
  const api = desktop()
  return api ? parseIpcResult('backup:read', await api.readBackup({ folder, fileName })) : browserReadBackup(fileName)
}

/** A backup file from anywhere (a USB stick, the old PC's share); null when the person cancels. */
export async function openBackupFile(): Promise<{ fileName: string; text: string } | null> {
  const api = desktop()
  return api ? parseIpcResult('backup:open', await api.openBackupFile()) : pickBackupFileInBrowser()
}

export async function readAnchor(): Promise<Anchor | null> {
  const api = desktop()
  return api ? parseIpcResult('anchor:read', await api.readAnchor()) : browserReadAnchor()
}

export async function writeAnchor(anchor: Anchor): Promise<void> {
  const api = desktop()
  if (api) parseIpcResult('anchor:write', await api.writeAnchor(anchor))
  else browserWriteAnchor(anchor)
}

/** What runs before the desktop window closes; a browser tab gives no time to wait, so nothing runs there. */
export function onCloseRequested(handler: () => Promise<void>): void {
  desktop()?.onCloseRequested(handler)
}

/** The shared manifest schema, for the data layer's restore check. */
export function parseManifest(raw: unknown): BackupManifest | null {
  const parsed = backupManifestSchema.safeParse(raw)
  return parsed.success ? parsed.data : null
}
