// The renderer's failures, written to IT's log file by main (electron-log): one line per failure, prefixed with
// where it happened, the detail cut to a bounded length so a loop of failures cannot fill the disk quickly.
import type { Handlers } from './ipc'

export interface LogDeps {
  write: (line: string) => void
}

export const MAX_DETAIL = 4_000

export function createLogService(deps: LogDeps): Pick<Handlers, 'log:error'> {
  return {
    'log:error': ({ where, detail }) => {
      const cut = detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…(${detail.length}文字)` : detail
      deps.write(`[renderer:${where}] ${cut}`)
      return Promise.resolve({ logged: true })
    }
  }
}
