import path from 'node:path'
import type { SaveDialogReturnValue, WebContentsPrintOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { HandlerContext } from '../../../src/main/ipc'
import { HandlerError } from '../../../src/main/ipc'
import { createPrintService } from '../../../src/main/print'
import type { SaveDialog } from '../../../src/main/print'

const DOCUMENTS = 'C:\\Users\\staff\\Documents'
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])

function setUp(
  options: { printOutcome?: [boolean, string]; answers?: SaveDialogReturnValue[]; writeFails?: boolean } = {}
) {
  const printOutcome = options.printOutcome ?? [true, '']
  const print = vi.fn((_opts?: WebContentsPrintOptions, callback?: (success: boolean, reason: string) => void) => {
    callback?.(...printOutcome)
  })
  const printToPDF = vi.fn(() => Promise.resolve(Buffer.from(PDF_BYTES)))
  const window = { id: 7 } as unknown as Electron.BaseWindow
  const ctx: HandlerContext = { sender: { print, printToPDF }, window }
  const answers = [...(options.answers ?? [])]
  const showSaveDialog = vi.fn<SaveDialog['showSaveDialog']>(() =>
    Promise.resolve(answers.shift() ?? { canceled: true, filePath: '' })
  )
  const written = new Map<string, Uint8Array>()
  const writeFile = vi.fn((filePath: string, data: Uint8Array) => {
    if (options.writeFails) return Promise.reject(new Error('ENOSPC: no space left on device'))
    written.set(filePath, data)
    return Promise.resolve()
  })
  const made: string[] = []
  const mkdir = vi.fn((dir: string) => {
    made.push(dir)
    return Promise.resolve()
  })
  const service = createPrintService({
    dialog: { showSaveDialog },
    writeFile,
    mkdir,
    getDocumentsPath: () => DOCUMENTS,
    path: path.win32
  })
  return { service, ctx, print, printToPDF, showSaveDialog, writeFile, written, window, made }
}

describe('print:page', () => {
  it('prints a letter portrait on A4 with backgrounds, passing the silent flag', async () => {
    const { service, ctx, print } = setUp()
    expect(await service['print:page']({ layout: 'letter', silent: true }, ctx)).toEqual({ printed: true })
    expect(print).toHaveBeenCalledWith(
      { silent: true, printBackground: true, landscape: false, pageSize: 'A4' },
      expect.any(Function)
    )
  })

  it('prints the monthly log landscape, with the system dialog when not silent', async () => {
    const { service, ctx, print } = setUp()
    await service['print:page']({ layout: 'monthlyLog', silent: false }, ctx)
    expect(print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false, landscape: true }),
      expect.any(Function)
    )
  })

  it('prints the A5 receipt slip portrait on A5 paper', async () => {
    const { service, ctx, print } = setUp()
    await service['print:page']({ layout: 'paperA5', silent: false }, ctx)
    expect(print).toHaveBeenCalledWith(
      expect.objectContaining({ landscape: false, pageSize: 'A5' }),
      expect.any(Function)
    )
  })

  it('reports a cancelled print in Japanese', async () => {
    const { service, ctx } = setUp({ printOutcome: [false, 'Print job canceled'] })
    expect(await service['print:page']({ layout: 'letter', silent: false }, ctx)).toEqual({
      printed: false,
      reason: '印刷は取り消されました。'
    })
  })

  it('reports a failed print with what to check', async () => {
    const { service, ctx } = setUp({ printOutcome: [false, 'Print job failed'] })
    const result = await service['print:page']({ layout: 'letter', silent: true }, ctx)
    expect(result.printed).toBe(false)
    expect(result.reason).toContain('プリンター')
  })
})

describe('pdf:save', () => {
  it('saves nothing when staff cancel the dialog', async () => {
    const { service, ctx, writeFile, showSaveDialog, window } = setUp()
    expect(await service['pdf:save']({ layout: 'letter', suggestedFileName: '開示決定通知書.pdf' }, ctx)).toEqual({
      saved: false
    })
    expect(writeFile).not.toHaveBeenCalled()
    expect(showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: `${DOCUMENTS}\\開示決定通知書.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
  })

  it('writes the PDF bytes to the chosen path and opens there next time', async () => {
    const chosen = 'D:\\受付簿\\2025\\通知書.pdf'
    const { service, ctx, written, printToPDF, showSaveDialog } = setUp({
      answers: [{ canceled: false, filePath: chosen }]
    })
    expect(await service['pdf:save']({ layout: 'monthlyLog', suggestedFileName: '通知書.pdf' }, ctx)).toEqual({
      saved: true,
      filePath: chosen
    })
    expect(printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true
    })
    expect([...(written.get(chosen) ?? [])]).toEqual([...PDF_BYTES])

    await service['pdf:save']({ layout: 'letter', suggestedFileName: '次の通知書.pdf' }, ctx)
    expect(showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe('D:\\受付簿\\2025\\次の通知書.pdf')
  })

  it('fails loudly, never as saved, when the disk is full', async () => {
    const { service, ctx } = setUp({ answers: [{ canceled: false, filePath: 'E:\\通知書.pdf' }], writeFails: true })
    const attempt = service['pdf:save']({ layout: 'letter', suggestedFileName: '通知書.pdf' }, ctx)
    await expect(attempt).rejects.toBeInstanceOf(HandlerError)
    await expect(attempt).rejects.toThrow(/保存できませんでした/u)
  })
})

describe('csv:save', () => {
  it('writes UTF-8 with a BOM and keeps CRLF line ends', async () => {
    const chosen = 'C:\\Users\\staff\\Documents\\月次.csv'
    const { service, ctx, written, showSaveDialog } = setUp({ answers: [{ canceled: false, filePath: chosen }] })
    const content = '受付番号,氏名\r\n2025-001,山田 太郎\r\n'
    expect(await service['csv:save']({ suggestedFileName: '月次.csv', content }, ctx)).toEqual({
      saved: true,
      filePath: chosen
    })
    expect(showSaveDialog.mock.calls[0]?.[1].filters?.[0]?.extensions).toEqual(['csv'])
    const bytes = written.get(chosen) ?? new Uint8Array()
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`\uFEFF${content}`)
  })

  it('does not double a BOM the content already has', async () => {
    const { service, ctx, written } = setUp({ answers: [{ canceled: false, filePath: 'C:\\a.csv' }] })
    await service['csv:save']({ suggestedFileName: 'a.csv', content: '\uFEFFa\r\n' }, ctx)
    expect([...(written.get('C:\\a.csv') ?? [])].slice(0, 6)).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a])
  })
})

describe('csv:saveFolder', () => {
  const files = [
    { fileName: '01_受付簿.csv', content: 'a\r\n' },
    { fileName: '02_提供記録.csv', content: '\uFEFFb\r\n' }
  ]

  it('makes the folder staff named and writes every file in it with one BOM each', async () => {
    const folder = `${DOCUMENTS}\\立入検査_2026`
    const { service, ctx, written, made, showSaveDialog } = setUp({ answers: [{ canceled: false, filePath: folder }] })
    expect(await service['csv:saveFolder']({ folderName: '立入検査_2026', files }, ctx)).toEqual({
      saved: true,
      filePath: folder
    })
    expect(showSaveDialog).toHaveBeenCalledTimes(1)
    expect(made).toEqual([folder])
    expect([...written.keys()]).toEqual([`${folder}\\01_受付簿.csv`, `${folder}\\02_提供記録.csv`])
    for (const data of written.values()) expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect([...(written.get(`${folder}\\02_提供記録.csv`) ?? [])].slice(3, 4)).toEqual([0x62])
  })

  it('writes nothing when staff cancel', async () => {
    const { service, ctx, written, made } = setUp()
    expect(await service['csv:saveFolder']({ folderName: 'x', files }, ctx)).toEqual({ saved: false })
    expect(written.size).toBe(0)
    expect(made).toEqual([])
  })

  it('reports a failed write in Japanese, never as saved', async () => {
    const { service, ctx } = setUp({ answers: [{ canceled: false, filePath: `${DOCUMENTS}\\x` }], writeFails: true })
    await expect(service['csv:saveFolder']({ folderName: 'x', files }, ctx)).rejects.toThrow(
      'フォルダーに保存できませんでした'
    )
  })
})
