// Entry of the main process: lifecycle, the app:// protocol, the window and the IPC handlers.
// Everything with logic lives in small modules that take their Electron objects as arguments.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { APP_SCHEME } from '../shared/ipc'
import { ANCHOR_FILE_NAME } from './backup/anchor'
import { installCloseHandshake } from './backup/closeHandshake'
import { createBackupService } from './backup/service'
import { registerIpcHandlers } from './ipc'
import { isAllowedUrl } from './navigation'
import { isPermissionGranted } from './permissions'
import { createPrintService } from './print'
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler } from './protocol'
import { createMainWindow } from './window'

// userData would otherwise be appData + the app's name, and a rename would strand the register's
// IndexedDB in the old folder. This name is part of where the data lives: never change it.
const USER_DATA_DIR = 'KaijiUketsukebo'

const here = import.meta.dirname
const RENDERER_ROOT = path.join(here, '../renderer')
const PRELOAD_PATH = path.join(here, '../preload/index.cjs')

app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_DIR))
app.enableSandbox()
// Before ready: without `standard` the origin gets no IndexedDB; `secure` makes it a secure context.
// bypassCSP stays off so the page's policy always applies.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

let mainWindow: BrowserWindow | null = null

function hardenSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin)
  )
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}

function start(): void {
  hardenSession()
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: RENDERER_ROOT, readFile }))
  registerIpcHandlers({
    ipcMain,
    windowOf: (sender) => BrowserWindow.fromWebContents(sender),
    handlers: {
      'app:info': () => Promise.resolve({ version: app.getVersion(), platform: process.platform }),
      ...createPrintService({
        dialog: {
          showSaveDialog: (window, options) =>
            window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
        },
        writeFile: (filePath, data) => writeFile(filePath, data),
        getDocumentsPath: () => app.getPath('documents')
      }),
      // Until IT's policy names machine-wide folders: backups in a folder of their own beside the profile's
      // IndexedDB (settings can point elsewhere), the anchor in the profile folder itself.
      ...createBackupService({
        profileDir: app.getPath('userData'),
        defaultBackupFolder: path.join(app.getPath('userData'), 'backups'),
        anchorPath: path.join(app.getPath('userData'), ANCHOR_FILE_NAME),
        dialog: { showOpenDialog: (options) => dialog.showOpenDialog(options) },
        now: () => new Date()
      })
    }
  })
  mainWindow = createMainWindow({ BrowserWindow, preloadPath: PRELOAD_PATH, devTools: !app.isPackaged })
  installCloseHandshake({
    window: mainWindow,
    ipcMain,
    isTrustedSender: (url) => url !== undefined && isAllowedUrl(url),
    timeoutMs: 20_000
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

// Two copies would open the same IndexedDB at once; the second one hands over to the first and quits.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  // A Windows app: closing the window ends the program.
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('The app could not start:', error)
      app.quit()
    })
} else {
  app.quit()
}
