// What the renderer sees of the preload: window.api, by type only. It is optional because the renderer
// also runs as a plain web page (tests, browser fallback) where there is no preload.
import type { DesktopApi } from '../shared/ipc'

declare global {
  interface Window {
    api?: DesktopApi
  }
}

export {}
