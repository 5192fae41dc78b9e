// Before the window closes, main asks the page for a last backup and waits for its answer, at most a time limit:
// a hung page must never keep the app from closing, and a backup in progress should get its chance to finish.
import type { IpcMain, IpcMainEvent } from 'electron'
import { closeChannels } from '../../shared/closeChannels'

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault: () => void }) => void): unknown
  destroy(): void
  webContents: { send(channel: string): void; id: number }
}

export type HandshakeIpc = Pick<IpcMain, 'on' | 'removeListener'>

export interface CloseHandshakeDeps {
  window: ClosableWindow
  ipcMain: HandshakeIpc
  isTrustedSender: (frameUrl: string | undefined) => boolean
  timeoutMs: number
  setTimer?: (fn: () => void, ms: number) => unknown
}

export function installCloseHandshake(deps: CloseHandshakeDeps): void {
  const setTimer = deps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms))
  let asked = false
  deps.window.on('close', (event) => {
    if (asked) return
    event.preventDefault()
    asked = true
    let done = false
    const finish = () => {
      if (done) return
      done = true
      deps.ipcMain.removeListener(closeChannels.ready, onReady)
      deps.window.destroy()
    }
    const onReady = (e: IpcMainEvent) => {
      if (e.sender.id !== deps.window.webContents.id || !deps.isTrustedSender(e.senderFrame?.url)) return
      finish()
    }
    deps.ipcMain.on(closeChannels.ready, onReady)
    setTimer(finish, deps.timeoutMs)
    deps.window.webContents.send(closeChannels.requested)
  })
}
