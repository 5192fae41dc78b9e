// The renderer's only door to the desktop: the preload API in Electron, the browser otherwise.
import type { ArgsOf, DesktopApi, ResultOf } from '../../../shared/ipc'
import { parseIpcResult } from './ipcResult'

function desktop(): DesktopApi | undefined {
  return typeof window !== 'undefined' ? window.api : undefined
}

export const isDesktop = (): boolean => desktop() !== undefined

export async function printPage(args: ArgsOf<'print:page'>): Promise<ResultOf<'print:page'>> {
  const api = desktop()
  if (api) return parseIpcResult('print:page', await api.print(args))
  window.print()
  return { printed: true }
}

/** In a browser there is no file dialog: the print dialog offers "PDF に保存". */
export async function savePdf(args: ArgsOf<'pdf:save'>): Promise<ResultOf<'pdf:save'>> {
  const api = desktop()
  if (api) return parseIpcResult('pdf:save', await api.savePdf(args))
  window.print()
  return { saved: false }
}

export async function saveCsv(args: ArgsOf<'csv:save'>): Promise<ResultOf<'csv:save'>> {
  const api = desktop()
  if (api) return parseIpcResult('csv:save', await api.saveCsv(args))
  // Same bytes as the desktop: UTF-8 with a BOM, so Excel on Japanese Windows reads it.
  const blob = new Blob(['\uFEFF', args.content], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = args.suggestedFileName
  a.click()
  URL.revokeObjectURL(url)
  return { saved: true, filePath: args.suggestedFileName }
}

/** Several CSV files into one new folder; in a browser each file is downloaded on its own. */
export async function saveCsvFolder(args: ArgsOf<'csv:saveFolder'>): Promise<ResultOf<'csv:saveFolder'>> {
  const api = desktop()
  if (api) return parseIpcResult('csv:saveFolder', await api.saveCsvFolder(args))
  for (const file of args.files) await saveCsv({ suggestedFileName: file.fileName, content: file.content })
  return { saved: true, filePath: args.folderName }
}

export async function appVersion(): Promise<string> {
  const api = desktop()
  return api ? parseIpcResult('app:info', await api.appInfo()).version : 'web'
}

/** Where this PC keeps the register and backups, and which values IT's policy fixed; undefined in a browser. */
export async function machineSettings(): Promise<ResultOf<'machine:settings'> | undefined> {
  const api = desktop()
  return api ? parseIpcResult('machine:settings', await api.machineSettings()) : undefined
}
export * from './backup'
export * from './sync'

/** Whether a register copied from 0.1.0 waits for the app's check before its old folder is renamed (desktop only). */
export async function migrationStatus(): Promise<ResultOf<'migration:status'>> {
  const api = desktop()
  if (!api) return { pending: false, files: 0 }
  return parseIpcResult('migration:status', await api.migrationStatus())
}

export async function finishMigration(args: ArgsOf<'migration:finish'>): Promise<ResultOf<'migration:finish'>> {
  const api = desktop()
  if (!api) return { finished: false, keptAs: null, message: null }
  return parseIpcResult('migration:finish', await api.finishMigration(args))
}
