// A stand-in for the preload's window.api, so a browser test sees the desktop app's screens: main's answers are
// given here, every channel of DesktopApi included. The desktop app itself runs only in the Windows workflow.
import type { Page } from '@playwright/test'
import type { ArgsOf, DesktopApi, ResultOf } from '../../src/shared/ipc'

export interface DesktopAnswers {
  /** What machine:settings answers; without it, machine:settings fails with settingsError (or a default). */
  settings?: ResultOf<'machine:settings'>
  settingsError?: string
  /** Where main would say it saved a PDF; without it, the save dialog was cancelled. */
  pdfPath?: string
}

interface Recorded {
  __savedPdfs: ArgsOf<'pdf:save'>[]
}

export async function withDesktopApi(page: Page, answers: DesktopAnswers): Promise<void> {
  await page.addInitScript((a) => {
    const recorded = globalThis as unknown as Recorded
    recorded.__savedPdfs = []
    const api: DesktopApi = {
      appInfo: () => Promise.resolve({ version: '0.2.0', platform: 'win32' }),
      print: () => Promise.resolve({ printed: true }),
      savePdf: (args) => {
        if (a.pdfPath === undefined) return Promise.resolve({ saved: false })
        recorded.__savedPdfs.push(args)
        return Promise.resolve({ saved: true, filePath: a.pdfPath })
      },
      saveCsv: () => Promise.resolve({ saved: false }),
      saveCsvFolder: () => Promise.resolve({ saved: false }),
      machineSettings: () =>
        a.settings ? Promise.resolve(a.settings) : Promise.reject(new Error(a.settingsError ?? '応答がありません')),
      // Backups and the anchor, as main answers on a PC with no backup yet.
      beginBackup: () => Promise.resolve({ token: '0190a1b2-0000-7000-8000-000000000001' }),
      appendBackup: (args) => Promise.resolve({ received: args.chunk.byteLength }),
      finishBackup: () =>
        Promise.resolve({ fileName: 'kaiji-backup.json.gz', filePath: 'D:\\b.json.gz', sizeBytes: 1, removed: 0 }),
      abortBackup: () => Promise.resolve({ aborted: true }),
      listBackups: () => Promise.resolve({ folder: 'D:\\backup', separateDisk: true, entries: [] }),
      readBackup: () => Promise.reject(new Error('no backup')),
      openBackupFile: () => Promise.resolve(null),
      readBackupChunk: () => Promise.resolve({ chunk: null }),
      closeBackupRead: () => Promise.resolve({ aborted: true }),
      readAnchor: () => Promise.resolve(null),
      writeAnchor: () => Promise.resolve({ saved: true }),
      logError: () => Promise.resolve({ logged: true }),
      migrationStatus: () => Promise.resolve({ pending: false, files: 0 }),
      finishMigration: () => Promise.resolve({ finished: false, keptAs: null, message: null }),
      syncPolicy: () => Promise.resolve({ enabled: false }),
      onCloseRequested: () => undefined
    }
    Object.defineProperty(globalThis, 'api', { value: api })
  }, answers)
}

/** What the page asked main to save as PDF so far. */
export async function savedPdfs(page: Page): Promise<ArgsOf<'pdf:save'>[]> {
  return page.evaluate(() => (globalThis as unknown as Recorded).__savedPdfs)
}
