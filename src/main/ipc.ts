// Joins the IPC contract to its handlers. Every call is checked the same way before a handler runs:
// the sender must be our own page (checklist item 17), and the argument must parse with the shared schema.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { z } from 'zod'
import { contract } from '../shared/ipc'
import type { ArgsOf, Channel, Envelope, ResultOf } from '../shared/ipc'
import { isAllowedUrl } from './navigation'

/** The window type Electron's own APIs take and return (fromWebContents, dialogs); the `BaseWindow` export
 *  of 'electron' is a subclass of it, which a window found by fromWebContents is not. */
export type AppWindow = Electron.BaseWindow

/** What a handler may use besides its argument: the page that asked, and the window it is in. */
export interface HandlerContext {
  sender: Pick<WebContents, 'print' | 'printToPDF'>
  window: AppWindow | null
}

export type Handler<C extends Channel> = (args: ArgsOf<C>, ctx: HandlerContext) => Promise<ResultOf<C>>
export type Handlers = { [C in Channel]: Handler<C> }

/** An error whose message staff may read as it is (Japanese, saying what to do). */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'HandlerError'
  }
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  handlers: Handlers
  /** Finds the window of the sending page, e.g. BrowserWindow.fromWebContents. */
  windowOf: (sender: WebContents) => AppWindow | null
  isTrustedSender?: (frameUrl: string | undefined) => boolean
}

// The same contract, seen per channel, so that a generic channel keeps its argument type.
const argSchemas: { readonly [C in Channel]: { readonly args: z.ZodType<ArgsOf<C>> } } = contract

const japaneseErrors = { error: z.locales.ja().localeError }

function fail(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } }
}

function describeFailure(error: unknown): { ok: false; error: { code: string; message: string } } {
  if (error instanceof HandlerError) return fail(error.code, error.message)
  const detail = error instanceof Error ? error.message : String(error)
  return fail(
    'internal',
    `処理中に問題が発生しました。もう一度お試しください。続く場合は管理者に連絡してください。（${detail}）`
  )
}

export function registerIpcHandlers(deps: IpcDeps): void {
  const isTrusted = deps.isTrustedSender ?? ((url: string | undefined) => url !== undefined && isAllowedUrl(url))

  function register<C extends Channel>(channel: C, handlers: Pick<Handlers, C>): void {
    const schema = argSchemas[channel].args
    const handler: Handler<C> = handlers[channel]
    deps.ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown): Promise<Envelope<ResultOf<C>>> => {
      // senderFrame is null when the frame has gone; a call we cannot attribute is refused.
      if (!isTrusted(event.senderFrame?.url)) {
        return fail('forbidden', 'この画面からはこの操作を行えません。アプリを再起動してください。')
      }
      const parsed = schema.safeParse(raw, japaneseErrors)
      if (!parsed.success) {
        const reasons = parsed.error.issues.map((issue) => issue.message).join('、')
        return fail('invalid', `送られた内容が正しくありません。入力を確かめてやり直してください。（${reasons}）`)
      }
      try {
        const value = await handler(parsed.data, { sender: event.sender, window: deps.windowOf(event.sender) })
        return { ok: true, value }
      } catch (error) {
        return describeFailure(error)
      }
    })
  }

  for (const channel of Object.keys(contract) as Channel[]) register(channel, deps.handlers)
}
