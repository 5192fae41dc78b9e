// Printing and saving what the renderer shows: paper, PDF and CSV. The page prints itself with its own
// print CSS; main only chooses the paper, asks where to save, and writes the bytes.
import nodePath from 'node:path'
import type { PlatformPath } from 'node:path'
import type { FileFilter, SaveDialogOptions, SaveDialogReturnValue, WebContentsPrintOptions } from 'electron'
import type { AppWindow, Handlers } from './ipc'
import { HandlerError } from './ipc'

export interface SaveDialog {
  /** dialog.showSaveDialog, modal to the window when there is one. */
  showSaveDialog(window: AppWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>
}

export interface PrintServiceDeps {
  dialog: SaveDialog
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>
  /** fs.mkdir with recursive: the folder a set of files is saved into. */
  mkdir: (dir: string) => Promise<void>
  /** app.getPath('documents'): where the first save dialog opens. */
  getDocumentsPath: () => string
  path?: PlatformPath
}

type Layout = 'letter' | 'monthlyLog' | 'paperA5' | 'register'

// The monthly log and the register list are wide tables; letters are portrait.
const isLandscape = (layout: Layout): boolean => layout === 'monthlyLog' || layout === 'register'
// The 受付票 may be printed on A5; everything else is A4.
const pageSizeOf = (layout: Layout): 'A4' | 'A5' => (layout === 'paperA5' ? 'A5' : 'A4')

const PDF_FILTERS: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }]
const CSV_FILTERS: FileFilter[] = [{ name: 'CSV（Excel で開けます）', extensions: ['csv'] }]
const UTF8_BOM = '\uFEFF'

function printFailureMessage(reason: string): string {
  // Electron reports cancellation as "Print job canceled" or "cancelled".
  if (/cancel/iu.test(reason)) return '印刷は取り消されました。'
  return `印刷できませんでした。プリンターの電源・用紙・接続を確かめてから、もう一度印刷してください。（${reason}）`
}

export function createPrintService(
  deps: PrintServiceDeps
): Pick<Handlers, 'print:page' | 'pdf:save' | 'csv:save' | 'csv:saveFolder'> {
  const path = deps.path ?? nodePath
  // The folder staff last saved to, for this run of the app only.
  let lastFolder: string | undefined

  async function chooseAndWrite(
    window: AppWindow | null,
    suggestedFileName: string,
    filters: FileFilter[],
    data: Uint8Array
  ) {
    const folder = lastFolder ?? deps.getDocumentsPath()
    const choice = await deps.dialog.showSaveDialog(window, {
      defaultPath: path.join(folder, suggestedFileName),
      filters
    })
    if (choice.canceled || choice.filePath === '') return { saved: false }
    try {
      await deps.writeFile(choice.filePath, data)
    } catch (error) {
      // A failed write must never look saved (full disk, read-only USB stick, file open in Excel).
      const detail = error instanceof Error ? error.message : String(error)
      throw new HandlerError(
        'write-failed',
        `ファイルを保存できませんでした。保存先の空き容量や、同じ名前のファイルを開いていないかを確かめて、もう一度保存してください。（${detail}）`
      )
    }
    lastFolder = path.dirname(choice.filePath)
    return { saved: true, filePath: choice.filePath }
  }

  return {
    'print:page': (args, ctx) =>
      new Promise((resolve) => {
        const options: WebContentsPrintOptions = {
          silent: args.silent,
          printBackground: true,
          landscape: isLandscape(args.layout),
          pageSize: pageSizeOf(args.layout)
        }
        ctx.sender.print(options, (success, failureReason) => {
          resolve(success ? { printed: true } : { printed: false, reason: printFailureMessage(failureReason) })
        })
      }),

    'pdf:save': async (args, ctx) => {
      const pdf = await ctx.sender.printToPDF({
        pageSize: pageSizeOf(args.layout),
        landscape: isLandscape(args.layout),
        printBackground: true,
        // The print CSS's @page rule decides margins and size when it has one.
        preferCSSPageSize: true
      })
      return chooseAndWrite(ctx.window, args.suggestedFileName, PDF_FILTERS, pdf)
    },

    // The renderer builds the CSV with CRLF line ends; the BOM makes Excel on Japanese Windows read UTF-8.
    'csv:save': (args, ctx) => {
      const text = UTF8_BOM + args.content.replace(/^\uFEFF/u, '')
      return chooseAndWrite(ctx.window, args.suggestedFileName, CSV_FILTERS, new TextEncoder().encode(text))
    },

    // A set of CSV files in one new folder (the inspection pack): staff choose the folder's name and place once.
    'csv:saveFolder': async (args, ctx) => {
      const folder = lastFolder ?? deps.getDocumentsPath()
      const choice = await deps.dialog.showSaveDialog(ctx.window, {
        title: '保存するフォルダーの名前と場所',
        defaultPath: path.join(folder, args.folderName),
        buttonLabel: 'このフォルダーに保存'
      })
      if (choice.canceled || choice.filePath === '') return { saved: false }
      try {
        await deps.mkdir(choice.filePath)
        for (const file of args.files) {
          const text = UTF8_BOM + file.content.replace(/^\uFEFF/u, '')
          await deps.writeFile(path.join(choice.filePath, file.fileName), new TextEncoder().encode(text))
        }
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error)
        throw new HandlerError(
          'write-failed',
          `フォルダーに保存できませんでした。保存先の空き容量や書き込みの権限を確かめて、もう一度保存してください。（${detail}）`
        )
      }
      lastFolder = path.dirname(choice.filePath)
      return { saved: true, filePath: choice.filePath }
    }
  }
}
