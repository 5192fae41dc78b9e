import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { createMainWindow } from '../../../src/main/window'

type Listener = (event: { url?: string; preventDefault: () => void }) => void

// Just enough of BrowserWindow and its webContents to see what createMainWindow wires up.
class FakeWindow {
  static last: FakeWindow | undefined
  readonly listeners = new Map<string, Listener[]>()
  readonly onceListeners = new Map<string, () => void>()
  openHandler: (() => { action: string }) | undefined
  loaded: string | undefined
  shown = false
  readonly webContents = {
    on: (name: string, listener: Listener) => {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    },
    setWindowOpenHandler: (handler: () => { action: string }) => {
      this.openHandler = handler
    }
  }
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.last = this
  }
  once(name: string, listener: () => void) {
    this.onceListeners.set(name, listener)
  }
  show() {
    this.shown = true
  }
  loadURL(url: string) {
    this.loaded = url
    return Promise.resolve()
  }
  /** Emits a navigation-like event and says whether the window stopped it. */
  emit(name: string, url: string): boolean {
    let prevented = false
    for (const listener of this.listeners.get(name) ?? []) listener({ url, preventDefault: () => (prevented = true) })
    return prevented
  }
}

function open(): FakeWindow {
  createMainWindow({
    BrowserWindow: FakeWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow,
    preloadPath: '/app/out/preload/index.cjs',
    devTools: false
  })
  if (!FakeWindow.last) throw new Error('no window was created')
  return FakeWindow.last
}

describe('createMainWindow', () => {
  it('creates a sandboxed, isolated window with the preload and the Japanese title', () => {
    const { options } = open()
    expect(options).toMatchObject({ title: '開示等請求受付簿', minWidth: 1024, minHeight: 700, show: false })
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false
    })
  })

  it('loads the one constant app URL and shows itself when ready', () => {
    const window = open()
    expect(window.loaded).toBe('app://bundle/index.html')
    expect(window.shown).toBe(false)
    window.onceListeners.get('ready-to-show')?.()
    expect(window.shown).toBe(true)
  })

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays inside the app', (name) => {
    const window = open()
    expect(window.emit(name, 'https://example.com/')).toBe(true)
    expect(window.emit(name, 'file:///C:/Windows/')).toBe(true)
    expect(window.emit(name, 'app://bundle/index.html#/settings')).toBe(false)
  })

  it('refuses new windows and webviews', () => {
    const window = open()
    expect(window.openHandler?.()).toEqual({ action: 'deny' })
    expect(window.emit('will-attach-webview', 'app://bundle/index.html')).toBe(true)
  })
})
