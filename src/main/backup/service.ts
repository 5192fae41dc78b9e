// The backup channels' handlers. Folders come in as parameters: the default backup folder and the anchor's
// place are decided by the entry (today beside the profile), a chosen folder by the renderer's settings.
import path from 'node:path'
import type { Dialog } from 'electron'
import type { Handlers } from '../ipc'
import { readAnchorFile, writeAnchorFile } from './anchor'
import { isOnSeparateDisk, listBackupFiles, readBackupText, writeBackupFile } from './backupFiles'
import type { RotationPolicy } from './rotation'

export interface BackupServiceDeps {
  /** The profile folder that holds IndexedDB. */
  profileDir: string
  defaultBackupFolder: string
  anchorPath: string
  dialog: { showOpenDialog: Dialog['showOpenDialog'] }
  now: () => Date
  rotation?: RotationPolicy
}

type BackupChannels = 'backup:write' | 'backup:list' | 'backup:read' | 'backup:open' | 'anchor:read' | 'anchor:write'

export function createBackupService(deps: BackupServiceDeps): Pick<Handlers, BackupChannels> {
  const folderOf = (chosen: string) => (chosen.trim() === '' ? deps.defaultBackupFolder : chosen)
  return {
    'backup:write': async ({ folder, manifest, content }) => {
      const written = await writeBackupFile(folderOf(folder), manifest, content, deps.now(), deps.rotation)
      return written
    },
    'backup:list': async ({ folder }) => {
      const dir = folderOf(folder)
      const [entries, separateDisk] = await Promise.all([listBackupFiles(dir), isOnSeparateDisk(dir, deps.profileDir)])
      return { folder: dir, separateDisk, entries }
    },
    'backup:read': async ({ folder, fileName }) => ({
      fileName,
      text: await readBackupText(path.join(folderOf(folder), fileName))
    }),
    'backup:open': async () => {
      const picked = await deps.dialog.showOpenDialog({
        title: 'バックアップファイルを選ぶ',
        properties: ['openFile'],
        filters: [{ name: '受付簿のバックアップ', extensions: ['gz'] }]
      })
      const filePath = picked.filePaths[0]
      if (picked.canceled || filePath === undefined) return null
      return { fileName: path.basename(filePath), text: await readBackupText(filePath) }
    },
    'anchor:read': () => readAnchorFile(deps.anchorPath),
    'anchor:write': async (anchor) => {
      await writeAnchorFile(deps.anchorPath, anchor)
      return { saved: true }
    }
  }
}
