// The one window of the app, sandboxed, with navigation, new windows and webviews refused.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron'
import { APP_ENTRY_URL } from '../shared/ipc'
import { isAllowedUrl } from './navigation'

export const WINDOW_TITLE = '開示等請求受付簿'

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string
  /** Developer tools are for development builds only: in the clinic they would open the raw database. */
  devTools: boolean
  entryUrl?: string
}

/** Keeps the page on app://bundle: no navigation or redirect elsewhere, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  const guard = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAllowedUrl(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

// The options are written inline in `new BrowserWindow({...})` so that electronegativity can read and check them.
export function createMainWindow({ BrowserWindow, preloadPath, devTools, entryUrl }: MainWindowDeps): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    // Shown on ready-to-show, so staff never see a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would try to open a new window; the open handler refuses it anyway.
      disableBlinkFeatures: 'Auxclick',
      // The spellchecker downloads dictionaries; this app works offline.
      spellcheck: false,
      devTools
    }
  })
  hardenWebContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  window.loadURL(entryUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('The app page could not be loaded:', error)
  })
  return window
}
