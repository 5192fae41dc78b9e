// Entry of the main process: lifecycle, the app:// protocol, the window and the IPC handlers.
// Everything with logic lives in small modules that take their Electron objects as arguments.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session } from 'electron'
import log from 'electron-log/main'
import { APP_SCHEME } from '../shared/ipc'
import { installCloseHandshake } from './backup/closeHandshake'
import { writeFileAtomic } from './backup/atomicWrite'
import { createBackupService } from './backup/service'
import { registerIpcHandlers } from './ipc'
import { APP_FOLDER_NAME } from './paths'
import { isAllowedUrl } from './navigation'
import { isPermissionGranted } from './permissions'
import { createPrintService } from './print'
import { createLogService } from './log'
import { finishMigration } from './migration'
import { createMigrationService } from './migrationService'
import { createSyncService, credentialFile } from './sync'
import { contentSecurityPolicy, createAppProtocolHandler } from './protocol'
import { conflictMessage, prepareStartup, recordMigration } from './startup'
import type { StartupOutcome } from './startup'
import { createMainWindow } from './window'

const here = import.meta.dirname
const RENDERER_ROOT = path.join(here, '../renderer')
const PRELOAD_PATH = path.join(here, '../preload/index.cjs')

// The register lives in one machine-wide folder (%ProgramData%\KaijiUketsukebo, or where IT's policy says),
// never in userData's default of appData + the app's name, which is per user and moves with a rename.
// Who starts the app, the shared folders and the clock: for the start-up and for the record of a move from 0.1.0.
const recordDeps: Parameters<typeof recordMigration>[0] = {
  me: {
    pid: process.pid,
    user: os.userInfo().username,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    uptime: os.uptime()
  },
  folders: {
    mkdir: (dir) => mkdirSync(dir, { recursive: true }),
    icacls: (args) => execFileSync('icacls.exe', args, { windowsHide: true }),
    platform: process.platform,
    log: (message) => console.warn(message)
  },
  now: () => new Date(),
  writeText: (file, text) => writeFileSync(file, text)
}

const outcome: StartupOutcome = prepareStartup({
  app,
  programData: process.env.ProgramData ?? path.join(app.getPath('appData'), 'ProgramData'),
  appData: app.getPath('appData'),
  me: recordDeps.me,
  policy: { readText: (file) => readFileSync(file, 'utf8') },
  lock: {
    createExclusive: (file, text) => writeFileSync(file, text, { flag: 'wx' }),
    readText: (file) => readFileSync(file, 'utf8'),
    remove: (file) => rmSync(file, { force: true }),
    isRunning: (pid) => {
      try {
        process.kill(pid, 0)
        return true
      } catch (error) {
        // EPERM: the process runs under another user.
        return (error as { code?: unknown }).code === 'EPERM'
      }
    },
    uptime: () => os.uptime()
  },
  folders: recordDeps.folders,
  now: recordDeps.now,
  writeText: recordDeps.writeText
})

app.enableSandbox()
// Before ready: without `standard` the origin gets no IndexedDB; `secure` makes it a secure context.
// bypassCSP stays off so the page's policy always applies.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

let mainWindow: BrowserWindow | null = null

function hardenSession(csp: string): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin)
  )
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

function start(started: Extract<StartupOutcome, { kind: 'start' }>): void {
  // IT's log: the machine-wide logs folder, beside the register (not the user's profile).
  log.transports.file.resolvePathFn = () => path.join(started.paths.logsDir, 'main.log')
  log.errorHandler.startCatching({ showDialog: false })
  // The page may reach the clinic's CouchDB server, when IT's policy names one, and nothing else.
  const csp = contentSecurityPolicy(started.policy.syncUrl)
  hardenSession(csp)
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: RENDERER_ROOT, readFile, csp }))
  registerIpcHandlers({
    ipcMain,
    windowOf: (sender) => BrowserWindow.fromWebContents(sender),
    handlers: {
      'app:info': () => Promise.resolve({ version: app.getVersion(), platform: process.platform }),
      'machine:settings': () => Promise.resolve(started.settings),
      ...createLogService({ write: (line) => log.error(line) }),
      // The clinic's CouchDB (IT's policy); the password kept with safeStorage per Windows user, beside the register.
      ...createSyncService({
        policy: started.policy,
        file: credentialFile(started.paths.dataDir, recordDeps.me.user),
        safeStorage,
        readFile: (file) => readFile(file),
        writeFile: (file, data) => writeFileAtomic(file, data),
        log: (line) => log.warn(line)
      }),
      ...createMigrationService({
        initial: started.migration,
        finish: (copied, verdict) => finishMigration(copied, verdict),
        onFinished: (result, verdict) => {
          if (result.kind === 'migrated') recordMigration(recordDeps, started.paths, result)
          else log.error(`[migration] the copied register was not verified; the old folder stays: ${verdict.detail}`)
        }
      }),
      ...createPrintService({
        dialog: {
          showSaveDialog: (window, options) =>
            window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
        },
        writeFile: (filePath, data) => writeFile(filePath, data),
        mkdir: async (dir) => {
          await mkdir(dir, { recursive: true })
        },
        getDocumentsPath: () => app.getPath('documents')
      }),
      // The machine-wide folders (IT's policy or the defaults): backups beside the data folder unless IT or a
      // manager points them at another disk, the anchor outside the profile so it outlives a reset IndexedDB.
      ...createBackupService({
        profileDir: started.paths.profileDir,
        defaultBackupFolder: started.paths.backupDir,
        anchorPath: started.paths.anchorFile,
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

function showConflict(started: Extract<StartupOutcome, { kind: 'start' }>): void {
  if (started.migration.kind !== 'conflict' || !mainWindow) return
  const message = conflictMessage(started.migration.legacyDir, started.paths.profileDir)
  dialog.showMessageBox(mainWindow, { type: 'warning', title: '以前の受付簿が残っています', message }).catch(() => {
    console.warn(message)
  })
}

if (outcome.kind === 'start') {
  const started = outcome
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  // A Windows app: closing the window ends the program.
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => started.release())
  app
    .whenReady()
    .then(() => {
      start(started)
      showConflict(started)
    })
    .catch((error: unknown) => {
      console.error('The app could not start:', error)
      app.quit()
    })
} else if (outcome.kind === 'notice') {
  // Chromium needs a profile even to show a message; never the register's, which another session may hold.
  app.setPath('userData', path.join(app.getPath('temp'), `${APP_FOLDER_NAME}-notice`))
  app
    .whenReady()
    .then(() => dialog.showErrorBox(outcome.title, outcome.message))
    .catch((error: unknown) => console.error(outcome.message, error))
    .finally(() => app.quit())
} else {
  app.quit()
}
