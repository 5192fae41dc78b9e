// The backup channels' handlers. Folders come in as parameters: the default backup folder and the anchor's
// place are decided by the entry (today beside the profile), a chosen folder by the renderer's settings.
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { Dialog } from 'electron'
import { HandlerError, type Handlers } from '../ipc'
import { readAnchorFile, writeAnchorFile } from './anchor'
import {
  isOnSeparateDisk,
  listBackupFiles,
  openBackupRead,
  startBackupWrite,
  type BackupRead,
  type BackupWrite
} from './backupFiles'
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

type BackupChannels =
  | 'backup:begin'
  | 'backup:append'
  | 'backup:finish'
  | 'backup:abort'
  | 'backup:list'
  | 'backup:read'
  | 'backup:open'
  | 'backup:readChunk'
  | 'backup:readClose'
  | 'anchor:read'
  | 'anchor:write'

/** A window that reloads mid-backup leaves its session behind; the oldest is dropped beyond this many. */
const MAX_SESSIONS = 4
const EXPIRED = 'バックアップの処理が中断されました。もう一度お試しください。'

/** Open writes or reads by token, oldest first; the oldest is closed when too many are open. */
function sessions<T>(close: (session: T) => unknown) {
  const open = new Map<string, T>()
  return {
    add(session: T): string {
      const token = randomUUID()
      open.set(token, session)
      for (const [old, s] of open) {
        if (open.size <= MAX_SESSIONS) break
        open.delete(old)
        void close(s)
      }
      return token
    },
    get(token: string): T {
      const session = open.get(token)
      if (!session) throw new HandlerError('expired', EXPIRED)
      return session
    },
    end(token: string): T | undefined {
      const session = open.get(token)
      open.delete(token)
      return session
    }
  }
}

export function createBackupService(deps: BackupServiceDeps): Pick<Handlers, BackupChannels> {
  const folderOf = (chosen: string) => (chosen.trim() === '' ? deps.defaultBackupFolder : chosen)
  const writes = sessions<BackupWrite>((w) => w.abort())
  const reads = sessions<BackupRead>((r) => r.close())
  const startRead = async (filePath: string) => {
    const read = await openBackupRead(filePath)
    return { token: reads.add(read), fileName: path.basename(filePath) }
  }
  return {
    'backup:begin': async ({ folder, manifest }) => ({
      token: writes.add(await startBackupWrite(folderOf(folder), manifest, deps.now()))
    }),
    'backup:append': async ({ token, chunk }) => {
      const write = writes.get(token)
      try {
        await write.append(chunk)
      } catch (error) {
        writes.end(token)
        await write.abort()
        throw error
      }
      return { received: chunk.byteLength }
    },
    'backup:finish': async ({ token }) => {
      const write = writes.get(token)
      writes.end(token)
      return write.finish(deps.rotation)
    },
    'backup:abort': async ({ token }) => {
      const write = writes.end(token)
      await write?.abort()
      return { aborted: write !== undefined }
    },
    'backup:list': async ({ folder }) => {
      const dir = folderOf(folder)
      const [entries, separateDisk] = await Promise.all([listBackupFiles(dir), isOnSeparateDisk(dir, deps.profileDir)])
      return { folder: dir, separateDisk, entries }
    },
    'backup:read': ({ folder, fileName }) => startRead(path.join(folderOf(folder), fileName)),
    'backup:open': async () => {
      const picked = await deps.dialog.showOpenDialog({
        title: 'バックアップファイルを選ぶ',
        properties: ['openFile'],
        filters: [{ name: '受付簿のバックアップ', extensions: ['gz'] }]
      })
      const filePath = picked.filePaths[0]
      if (picked.canceled || filePath === undefined) return null
      return startRead(filePath)
    },
    'backup:readChunk': async ({ token }) => {
      const read = reads.get(token)
      try {
        const chunk = await read.next()
        if (chunk === null) reads.end(token)
        return { chunk }
      } catch (error) {
        reads.end(token)
        read.close()
        throw error
      }
    },
    'backup:readClose': ({ token }) => {
      const read = reads.end(token)
      read?.close()
      return Promise.resolve({ aborted: read !== undefined })
    },
    'anchor:read': () => readAnchorFile(deps.anchorPath),
    'anchor:write': async (anchor) => {
      await writeAnchorFile(deps.anchorPath, anchor)
      return { saved: true }
    }
  }
}
