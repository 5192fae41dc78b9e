// Runs src/main/index.ts against a fake 'electron' to check the start-up order the data depends on.
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { contract } from '../../../src/shared/ipc'

type Fn = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    outcome: { kind: 'start' } as Record<string, unknown>,
    ready: () => undefined as unknown,
    appListeners: new Map<string, Fn>(),
    windows: [] as {
      options: Record<string, unknown>
      url?: string
      minimized: boolean
      restored: boolean
      focused: boolean
    }[]
  }
  const rec = (name: string) =>
    vi.fn((...args: unknown[]) => {
      state.log.push(name)
      return args
    })
  const mocks = {
    setPath: rec('app.setPath'),
    quit: rec('app.quit'),
    prepareStartup: rec('prepareStartup'),
    showErrorBox: rec('dialog.showErrorBox'),
    registerSchemesAsPrivileged: rec('protocol.registerSchemesAsPrivileged'),
    handleProtocol: rec('protocol.handle'),
    setPermissionRequestHandler: rec('setPermissionRequestHandler'),
    setPermissionCheckHandler: rec('setPermissionCheckHandler'),
    onHeadersReceived: rec('onHeadersReceived'),
    ipcHandle: rec('ipcMain.handle')
  }
  return { state, rec, mocks }
})

vi.mock('../../../src/main/startup', () => ({
  prepareStartup: (deps: unknown) => {
    fake.mocks.prepareStartup(deps)
    return fake.state.outcome
  },
  conflictMessage: () => 'conflict'
}))

// electron-log requires electron itself; the entry only configures where it writes and hands it lines.
vi.mock('electron-log/main', () => ({
  default: {
    transports: { file: { resolvePathFn: null } },
    errorHandler: { startCatching: () => undefined },
    error: () => undefined
  }
}))

vi.mock('electron', () => {
  const { state, rec, mocks } = fake
  class BrowserWindow {
    static fromWebContents = () => null
    readonly record: (typeof state.windows)[number]
    readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    constructor(options: Record<string, unknown>) {
      state.log.push('new BrowserWindow')
      this.record = { options, minimized: true, restored: false, focused: false }
      state.windows.push(this.record)
    }
    once = vi.fn()
    on = vi.fn()
    loadURL = (url: string) => {
      this.record.url = url
      return Promise.resolve()
    }
    isMinimized = () => this.record.minimized
    restore = () => (this.record.restored = true)
    focus = () => (this.record.focused = true)
  }
  return {
    app: {
      getPath: (name: string) => `/fake/${name}`,
      setPath: mocks.setPath,
      enableSandbox: rec('app.enableSandbox'),
      quit: mocks.quit,
      on: (name: string, listener: Fn) => state.appListeners.set(name, listener),
      whenReady: () => new Promise((resolve) => (state.ready = () => resolve(undefined))),
      getVersion: () => '0.1.0',
      isPackaged: true
    },
    protocol: { registerSchemesAsPrivileged: mocks.registerSchemesAsPrivileged, handle: mocks.handleProtocol },
    session: {
      defaultSession: {
        setPermissionRequestHandler: mocks.setPermissionRequestHandler,
        setPermissionCheckHandler: mocks.setPermissionCheckHandler,
        webRequest: { onHeadersReceived: mocks.onHeadersReceived }
      }
    },
    ipcMain: { handle: mocks.ipcHandle },
    dialog: { showSaveDialog: vi.fn(), showErrorBox: mocks.showErrorBox, showMessageBox: vi.fn() },
    safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
    BrowserWindow
  }
})

const STARTED = {
  kind: 'start',
  paths: {
    dataDir: '/fake/ProgramData/KaijiUketsukebo/data',
    profileDir: '/fake/ProgramData/KaijiUketsukebo/data/profile'
  },
  settings: { fromPolicy: [] },
  policy: {},
  migration: { kind: 'none' },
  release: () => fake.state.log.push('release')
}

async function start(outcome: Record<string, unknown> = STARTED) {
  fake.state.log = []
  fake.state.windows = []
  fake.state.appListeners.clear()
  fake.state.outcome = outcome
  vi.resetModules()
  await import('../../../src/main/index')
}

async function becomeReady() {
  fake.state.ready()
  await vi.waitFor(() => expect(fake.state.log).toContain('new BrowserWindow'))
}

// The first import transforms the whole main-process graph, which takes seconds on a busy machine.
describe('main process start-up', { timeout: 30_000 }, () => {
  beforeEach(() => vi.clearAllMocks())

  it('prepares the machine-wide register and registers the app:// scheme before ready, and nothing else', async () => {
    await start()
    const [deps] = fake.mocks.prepareStartup.mock.calls[0] as [{ appData: string; me: { pid: number } }]
    expect(deps.appData).toBe('/fake/appData')
    expect(deps.me.pid).toBe(process.pid)
    expect(fake.state.log.indexOf('prepareStartup')).toBeLessThan(fake.state.log.indexOf('app.enableSandbox'))
    expect(fake.mocks.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(fake.state.log).not.toContain('protocol.handle')
    expect(fake.state.log).not.toContain('new BrowserWindow')
  })

  it('shows why it cannot open the register in a message box on a throw-away profile, then quits', async () => {
    await start({ kind: 'notice', title: '受付簿は別のセッションで使用中です', message: 'sato が使用中' })
    expect(fake.mocks.setPath).toHaveBeenCalledWith('userData', path.join('/fake/temp', 'KaijiUketsukebo-notice'))
    fake.state.ready()
    await vi.waitFor(() => expect(fake.mocks.quit).toHaveBeenCalled())
    expect(fake.mocks.showErrorBox).toHaveBeenCalledWith('受付簿は別のセッションで使用中です', 'sato が使用中')
    expect(fake.state.log).not.toContain('new BrowserWindow')
  })

  it('on ready serves app://, locks permissions, registers every channel, then opens the window', async () => {
    await start()
    await becomeReady()
    expect(fake.mocks.handleProtocol).toHaveBeenCalledWith('app', expect.any(Function))
    expect(fake.mocks.ipcHandle).toHaveBeenCalledTimes(Object.keys(contract).length)
    expect(fake.state.log.indexOf('ipcMain.handle')).toBeLessThan(fake.state.log.indexOf('new BrowserWindow'))
    expect(fake.state.log.indexOf('setPermissionCheckHandler')).toBeLessThan(
      fake.state.log.indexOf('new BrowserWindow')
    )
    const [window] = fake.state.windows
    expect(window?.url).toBe('app://bundle/index.html')
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false })
    expect(String((window?.options.webPreferences as { preload?: unknown } | undefined)?.preload)).toMatch(
      /preload[\\/]index\.cjs$/u
    )
  })

  it('denies the page every permission but persistent storage', async () => {
    await start()
    await becomeReady()
    const [request] = fake.mocks.setPermissionRequestHandler.mock.calls[0] as [Fn]
    const [check] = fake.mocks.setPermissionCheckHandler.mock.calls[0] as [Fn]
    const answers: unknown[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'persistent-storage']) {
      request(null, permission, (granted: boolean) => answers.push(granted), {
        requestingUrl: 'app://bundle/index.html'
      })
    }
    expect(answers).toEqual([false, false, false, true])
    expect(check(null, 'clipboard-read', 'app://bundle', {})).toBe(false)
  })

  it('adds the CSP to response headers', async () => {
    await start()
    await becomeReady()
    const [listener] = fake.mocks.onHeadersReceived.mock.calls[0] as [Fn]
    const callback = vi.fn()
    listener({ responseHeaders: { 'X-Other': ['1'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [expect.stringContaining("object-src 'none'")] }
    })
  })

  it('a second copy quits at once without opening anything', async () => {
    await start({ kind: 'quit' })
    expect(fake.mocks.quit).toHaveBeenCalled()
    expect(fake.state.appListeners.has('second-instance')).toBe(false)
  })

  it('a second launch brings the first window back, and closing it ends the app', async () => {
    await start()
    await becomeReady()
    fake.state.appListeners.get('second-instance')?.()
    expect(fake.state.windows[0]).toMatchObject({ restored: true, focused: true })
    fake.state.appListeners.get('window-all-closed')?.()
    expect(fake.mocks.quit).toHaveBeenCalled()
    fake.state.appListeners.get('will-quit')?.()
    expect(fake.state.log).toContain('release')
  })
})
