// The IPC contract: every channel main answers, with zod schemas of its argument and result.
// main validates arguments with these schemas; the renderer validates results. Nothing else lives here.
import { z } from 'zod'
import { machineSettingsSchema } from './machinePolicy'
import {
  anchorReadResult,
  anchorSchema,
  backupAbortResult,
  backupAppendArgs,
  backupAppendResult,
  backupBeginArgs,
  backupChunkResult,
  backupListArgs,
  backupListResult,
  backupOpenResult,
  backupReadArgs,
  backupReadSession,
  backupSession,
  backupTokenArgs,
  backupWriteResult
} from './backupIpc'
import { syncPolicySchema } from './syncPolicy'

const fileName = z
  .string()
  .min(1)
  .max(120)
  // \p{Cc}: control characters (U+0000–U+001F, DEL, U+0080–U+009F); none belong in a file name.
  .regex(/^[^\\/:*?"<>|\p{Cc}]+$/u, 'ファイル名に使えない文字が含まれています')

export const printArgs = z.object({
  /** What is printed: the page's print layout (letters portrait; the monthly log and the register landscape; paperA5 an A5 slip). */
  layout: z.enum(['letter', 'monthlyLog', 'paperA5', 'register']),
  /** Print straight to the default printer, without the system dialog. */
  silent: z.boolean()
})
export const printResult = z.object({ printed: z.boolean(), reason: z.string().optional() })

export const savePdfArgs = z.object({
  layout: z.enum(['letter', 'monthlyLog', 'paperA5', 'register']),
  suggestedFileName: fileName.refine(
    (n) => n.toLowerCase().endsWith('.pdf'),
    'PDF のファイル名は .pdf で終えてください'
  )
})
export const saveFileResult = z.object({ saved: z.boolean(), filePath: z.string().optional() })

export const saveCsvArgs = z.object({
  suggestedFileName: fileName.refine(
    (n) => n.toLowerCase().endsWith('.csv'),
    'CSV のファイル名は .csv で終えてください'
  ),
  /** The CSV text; main writes it as UTF-8 with a BOM so that Excel on Japanese Windows reads it. */
  content: z.string().max(50_000_000)
})

export const saveCsvFolderArgs = z.object({
  folderName: fileName,
  files: z
    .array(
      z.object({
        fileName: fileName.refine((n) => n.toLowerCase().endsWith('.csv'), 'CSV のファイル名は .csv で終えてください'),
        content: z.string().max(50_000_000)
      })
    )
    .min(1)
    .max(20)
})

export const appInfoResult = z.object({ version: z.string(), platform: z.string() })

/** The app's own check of a register copied from 0.1.0: verified or not, and what was found (for IT's log). */
export const migrationFinishArgs = z.object({ verified: z.boolean(), detail: z.string().max(2_000) })
export const migrationStatusResult = z.object({ pending: z.boolean(), files: z.number().int().min(0) })
export const migrationFinishResult = z.object({
  finished: z.boolean(),
  keptAs: z.string().nullable(),
  message: z.string().nullable()
})

/** A failure's technical detail from the renderer, for IT's log file (never shown to staff as it is). */
export const logErrorArgs = z.object({ where: z.string().min(1).max(40), detail: z.string().max(20_000) })

export const channels = {
  appInfo: 'app:info',
  print: 'print:page',
  savePdf: 'pdf:save',
  saveCsv: 'csv:save',
  saveCsvFolder: 'csv:saveFolder',
  machineSettings: 'machine:settings',
  backupBegin: 'backup:begin',
  backupAppend: 'backup:append',
  backupFinish: 'backup:finish',
  backupAbort: 'backup:abort',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupOpen: 'backup:open',
  backupReadChunk: 'backup:readChunk',
  backupReadClose: 'backup:readClose',
  anchorRead: 'anchor:read',
  anchorWrite: 'anchor:write',
  logError: 'log:error',
  migrationStatus: 'migration:status',
  migrationFinish: 'migration:finish',
  syncPolicy: 'sync:policy'
} as const

export const contract = {
  [channels.appInfo]: { args: z.undefined(), result: appInfoResult },
  [channels.print]: { args: printArgs, result: printResult },
  [channels.savePdf]: { args: savePdfArgs, result: saveFileResult },
  [channels.saveCsv]: { args: saveCsvArgs, result: saveFileResult },
  [channels.saveCsvFolder]: { args: saveCsvFolderArgs, result: saveFileResult },
  /** Where this PC keeps the register and backups, and which of those IT's policy fixed. */
  [channels.machineSettings]: { args: z.undefined(), result: machineSettingsSchema },
  /** A backup is written in pieces: begin (manifest), append (content), finish (checked, renamed) or abort. */
  [channels.backupBegin]: { args: backupBeginArgs, result: backupSession },
  [channels.backupAppend]: { args: backupAppendArgs, result: backupAppendResult },
  [channels.backupFinish]: { args: backupTokenArgs, result: backupWriteResult },
  [channels.backupAbort]: { args: backupTokenArgs, result: backupAbortResult },
  [channels.backupList]: { args: backupListArgs, result: backupListResult },
  /** A backup is read in pieces: read (from the folder) or open (a file the person picks), then readChunk. */
  [channels.backupRead]: { args: backupReadArgs, result: backupReadSession },
  [channels.backupOpen]: { args: z.undefined(), result: backupOpenResult },
  [channels.backupReadChunk]: { args: backupTokenArgs, result: backupChunkResult },
  [channels.backupReadClose]: { args: backupTokenArgs, result: backupAbortResult },
  [channels.anchorRead]: { args: z.undefined(), result: anchorReadResult },
  [channels.anchorWrite]: { args: anchorSchema, result: z.object({ saved: z.boolean() }) },
  [channels.logError]: { args: logErrorArgs, result: z.object({ logged: z.boolean() }) },
  [channels.migrationStatus]: { args: z.undefined(), result: migrationStatusResult },
  [channels.migrationFinish]: { args: migrationFinishArgs, result: migrationFinishResult },
  /** Whether this PC shares the register through the clinic's CouchDB, and with which server and user (IT's policy). */
  [channels.syncPolicy]: { args: z.undefined(), result: syncPolicySchema }
} as const

export type Channel = keyof typeof contract
export type ArgsOf<C extends Channel> = z.infer<(typeof contract)[C]['args']>
export type ResultOf<C extends Channel> = z.infer<(typeof contract)[C]['result']>

/** What every handler returns over IPC; the preload turns `ok: false` back into a thrown Error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

/** The API the preload exposes as `window.api`. */
export interface DesktopApi {
  appInfo(): Promise<ResultOf<'app:info'>>
  print(args: ArgsOf<'print:page'>): Promise<ResultOf<'print:page'>>
  savePdf(args: ArgsOf<'pdf:save'>): Promise<ResultOf<'pdf:save'>>
  saveCsv(args: ArgsOf<'csv:save'>): Promise<ResultOf<'csv:save'>>
  saveCsvFolder(args: ArgsOf<'csv:saveFolder'>): Promise<ResultOf<'csv:saveFolder'>>
  machineSettings(): Promise<ResultOf<'machine:settings'>>
  beginBackup(args: ArgsOf<'backup:begin'>): Promise<ResultOf<'backup:begin'>>
  appendBackup(args: ArgsOf<'backup:append'>): Promise<ResultOf<'backup:append'>>
  finishBackup(args: ArgsOf<'backup:finish'>): Promise<ResultOf<'backup:finish'>>
  abortBackup(args: ArgsOf<'backup:abort'>): Promise<ResultOf<'backup:abort'>>
  listBackups(args: ArgsOf<'backup:list'>): Promise<ResultOf<'backup:list'>>
  readBackup(args: ArgsOf<'backup:read'>): Promise<ResultOf<'backup:read'>>
  openBackupFile(): Promise<ResultOf<'backup:open'>>
  readBackupChunk(args: ArgsOf<'backup:readChunk'>): Promise<ResultOf<'backup:readChunk'>>
  closeBackupRead(args: ArgsOf<'backup:readClose'>): Promise<ResultOf<'backup:readClose'>>
  readAnchor(): Promise<ResultOf<'anchor:read'>>
  writeAnchor(args: ArgsOf<'anchor:write'>): Promise<ResultOf<'anchor:write'>>
  logError(args: ArgsOf<'log:error'>): Promise<ResultOf<'log:error'>>
  migrationStatus(): Promise<ResultOf<'migration:status'>>
  finishMigration(args: ArgsOf<'migration:finish'>): Promise<ResultOf<'migration:finish'>>
  syncPolicy(): Promise<ResultOf<'sync:policy'>>
  /** Registers what runs when the window is about to close (a last backup); main waits for it, with a time limit. */
  onCloseRequested(handler: () => Promise<void>): void
}

/** The one constant origin the renderer is served from, forever: IndexedDB belongs to it. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`
