// Backups and the anchor through the desktop's main process, or the browser's own storage as a fallback.
import type { Anchor, BackupList, BackupManifest } from '../../../shared/backupIpc'
import { backupManifestSchema } from '../../../shared/backupIpc'
import type { DesktopApi } from '../../../shared/ipc'
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

/** A backup file's decompressed text (manifest line, newline, content), kept by the browser as a Blob. */
export interface BackupFile {
  fileName: string
  file: Blob
}

/** What one IPC message carries of a backup being written. */
const PIECE_BYTES = 8 * 1024 * 1024

export async function writeBackup(folder: string, manifest: BackupManifest, content: Blob): Promise<WrittenBackup> {
  const api = desktop()
  if (!api) return browserWriteBackup(manifest, content)
  const { token } = parseIpcResult('backup:begin', await api.beginBackup({ folder, manifest }))
  try {
    for (let at = 0; at < content.size; at += PIECE_BYTES) {
      const chunk = new Uint8Array(await content.slice(at, at + PIECE_BYTES).arrayBuffer())
      parseIpcResult('backup:append', await api.appendBackup({ token, chunk }))
    }
    return parseIpcResult('backup:finish', await api.finishBackup({ token }))
  } catch (error) {
    // Nothing is left under a backup's name; the failure itself is what staff see.
    await api.abortBackup({ token }).catch(() => undefined)
    throw error
  }
}

export async function listBackups(folder: string): Promise<BackupList> {
  const api = desktop()
  return api ? parseIpcResult('backup:list', await api.listBackups({ folder })) : browserListBackups()
}

/** Reads a file main opened, piece by piece, into a Blob (which the browser keeps on disk when it is large). */
async function readPieces(api: DesktopApi, session: { token: string; fileName: string }): Promise<BackupFile> {
  const parts: Blob[] = []
  try {
    for (;;) {
      const { chunk } = parseIpcResult('backup:readChunk', await api.readBackupChunk({ token: session.token }))
      if (!chunk) break
      parts.push(new Blob([chunk]))
    }
  } catch (error) {
    await api.closeBackupRead({ token: session.token }).catch(() => undefined)
    throw error
  }
  return { fileName: session.fileName, file: new Blob(parts) }
}

export async function readBackup(folder: string, fileName: string): Promise<BackupFile> {
  const api = desktop()
  if (!api) return browserReadBackup(fileName)
  return readPieces(api, parseIpcResult('backup:read', await api.readBackup({ folder, fileName })))
}

/** A backup file from anywhere (a USB stick, the old PC's share); null when the person cancels. */
export async function openBackupFile(): Promise<BackupFile | null> {
  const api = desktop()
  if (!api) return pickBackupFileInBrowser()
  const session = parseIpcResult('backup:open', await api.openBackupFile())
  return session ? readPieces(api, session) : null
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
