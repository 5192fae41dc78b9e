// The bridge: exactly the typed API of src/shared/ipc.ts as window.api, and nothing more (no raw ipcRenderer).
// Only types come from shared, so this sandboxed preload bundles nothing but a few lines.
import { contextBridge, ipcRenderer } from 'electron'
import type { ArgsOf, Channel, DesktopApi, Envelope, ResultOf } from '../shared/ipc'
import { closeChannels } from '../shared/closeChannels'

// main answers every call with an Envelope; an error comes back here as a thrown Error with its Japanese message.
// The value is passed on unchecked (this preload bundles no zod): the renderer's platform/ipcResult.ts checks it.
async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const envelope = (await ipcRenderer.invoke(channel, args)) as Envelope<ResultOf<C>>
  if (envelope.ok) return envelope.value
  throw new Error(envelope.error.message)
}

const api = {
  appInfo: () => call('app:info', undefined),
  print: (args) => call('print:page', args),
  savePdf: (args) => call('pdf:save', args),
  saveCsv: (args) => call('csv:save', args),
  saveCsvFolder: (args) => call('csv:saveFolder', args),
  machineSettings: () => call('machine:settings', undefined),
  beginBackup: (args) => call('backup:begin', args),
  appendBackup: (args) => call('backup:append', args),
  finishBackup: (args) => call('backup:finish', args),
  abortBackup: (args) => call('backup:abort', args),
  listBackups: (args) => call('backup:list', args),
  readBackup: (args) => call('backup:read', args),
  openBackupFile: () => call('backup:open', undefined),
  readBackupChunk: (args) => call('backup:readChunk', args),
  closeBackupRead: (args) => call('backup:readClose', args),
  readAnchor: () => call('anchor:read', undefined),
  writeAnchor: (args) => call('anchor:write', args),
  logError: (args) => call('log:error', args),
  migrationStatus: () => call('migration:status', undefined),
  finishMigration: (args) => call('migration:finish', args),
  syncPolicy: () => call('sync:policy', undefined),
  onCloseRequested: (handler) => {
    ipcRenderer.removeAllListeners(closeChannels.requested)
    ipcRenderer.on(closeChannels.requested, () => {
      // Whatever happens, main hears back, so a failed backup never keeps the window from closing.
      void handler()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(closeChannels.ready))
    })
  }
} satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
