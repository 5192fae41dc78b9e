import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { contract } from '../../../src/shared/ipc'
import type { Envelope } from '../../../src/shared/ipc'
import { HandlerError, registerIpcHandlers } from '../../../src/main/ipc'
import type { Handlers } from '../../../src/main/ipc'

type Listener = (event: IpcMainInvokeEvent, raw: unknown) => Promise<Envelope<unknown>>

function setUp(overrides: Partial<Handlers> = {}) {
  const listeners = new Map<string, Listener>()
  const ipcMain: Pick<IpcMain, 'handle'> = {
    handle: (channel, listener) => {
      listeners.set(channel, listener as Listener)
    }
  }
  const handlers: Handlers = {
    'app:info': vi.fn(() => Promise.resolve({ version: '0.1.0', platform: 'win32' })),
    'log:error': vi.fn(() => Promise.resolve({ logged: true })),
    'migration:status': vi.fn(() => Promise.resolve({ pending: false, files: 0 })),
    'migration:finish': vi.fn(() => Promise.resolve({ finished: false, keptAs: null, message: null })),
    'print:page': vi.fn(() => Promise.resolve({ printed: true })),
    'pdf:save': vi.fn(() => Promise.resolve({ saved: true, filePath: 'C:\\docs\\a.pdf' })),
    'csv:save': vi.fn(() => Promise.resolve({ saved: false })),
    'csv:saveFolder': vi.fn(() => Promise.resolve({ saved: false })),
    'machine:settings': vi.fn(() =>
      Promise.resolve({
        policyFile: 'C:\\ProgramData\\KaijiUketsukebo\\policy.json',
        values: {
          dataDir: 'C:\\ProgramData\\KaijiUketsukebo\\data',
          backupDir: 'D:\\Backup',
          backupIntervalMinutes: 60,
          keepHourlyHours: 48,
          keepDailyDays: 30,
          keepMonthlyMonths: 24
        },
        fromPolicy: ['backupDir' as const]
      })
    ),
    'backup:begin': vi.fn(() => Promise.resolve({ token: '0190a1b2-0000-7000-8000-000000000001' })),
    'backup:append': vi.fn(() => Promise.resolve({ received: 1 })),
    'backup:finish': vi.fn(() => Promise.resolve({ fileName: 'a', filePath: 'a', sizeBytes: 1, removed: 0 })),
    'backup:abort': vi.fn(() => Promise.resolve({ aborted: true })),
    'backup:list': vi.fn(() => Promise.resolve({ folder: 'b', separateDisk: false, entries: [] })),
    'backup:read': vi.fn(() => Promise.resolve({ token: '0190a1b2-0000-7000-8000-000000000001', fileName: 'a' })),
    'backup:open': vi.fn(() => Promise.resolve(null)),
    'backup:readChunk': vi.fn(() => Promise.resolve({ chunk: null })),
    'backup:readClose': vi.fn(() => Promise.resolve({ aborted: true })),
    'anchor:read': vi.fn(() => Promise.resolve(null)),
    'anchor:write': vi.fn(() => Promise.resolve({ saved: true })),
    'sync:policy': vi.fn(() => Promise.resolve({ enabled: false as const })),
    ...overrides
  }
  const window = { id: 1 } as unknown as Electron.BaseWindow
  registerIpcHandlers({ ipcMain, handlers, windowOf: () => window })
  const invoke = (channel: string, raw: unknown, frameUrl: string | null = 'app://bundle/index.html') => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    const sender = { print: vi.fn(), printToPDF: vi.fn() }
    const event = { senderFrame: frameUrl === null ? null : { url: frameUrl }, sender } as unknown as IpcMainInvokeEvent
    return listener(event, raw)
  }
  return { listeners, handlers, invoke, window }
}

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract', () => {
    const { listeners } = setUp()
    expect([...listeners.keys()].sort()).toEqual(Object.keys(contract).sort())
  })

  it('passes valid arguments to the handler with the sender and its window', async () => {
    const { invoke, handlers, window } = setUp()
    const result = await invoke('print:page', { layout: 'monthlyLog', silent: true })
    expect(result).toEqual({ ok: true, value: { printed: true } })
    const [args, ctx] = vi.mocked(handlers['print:page']).mock.calls[0] ?? []
    expect(args).toEqual({ layout: 'monthlyLog', silent: true })
    expect(ctx?.window).toBe(window)
    expect(typeof ctx?.sender.print).toBe('function')
  })

  it('answers app:info without arguments', async () => {
    const { invoke } = setUp()
    expect(await invoke('app:info', undefined)).toEqual({ ok: true, value: { version: '0.1.0', platform: 'win32' } })
  })

  it.each([
    ['a web page', 'https://example.com/'],
    ['a file:// page', 'file:///C:/Users/staff/evil.html'],
    ['another app:// host', 'app://other/index.html'],
    ['a frame that has gone', null]
  ])('refuses a call from %s without running the handler', async (_label, frameUrl) => {
    const { invoke, handlers } = setUp()
    const result = await invoke('csv:save', { suggestedFileName: 'log.csv', content: 'a\r\n' }, frameUrl)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(handlers['csv:save']).not.toHaveBeenCalled()
  })

  it.each([
    ['a wrong layout', 'print:page', { layout: 'poster', silent: false }],
    ['a missing flag', 'print:page', { layout: 'letter' }],
    ['a file name with a path', 'pdf:save', { layout: 'letter', suggestedFileName: '..\\..\\evil.pdf' }],
    ['a CSV name without .csv', 'csv:save', { suggestedFileName: 'log.exe', content: '' }],
    ['no argument at all', 'pdf:save', undefined]
  ])('refuses %s with a Japanese message', async (_label, channel, raw) => {
    const { invoke, handlers } = setUp()
    const result = await invoke(channel, raw)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } })
    if (result.ok) return
    expect(result.error.message).toMatch(/[ぁ-んァ-ヶ一-龠]/u)
    expect(result.error.message).not.toMatch(/expected|invalid/iu)
    expect(handlers['print:page']).not.toHaveBeenCalled()
    expect(handlers['pdf:save']).not.toHaveBeenCalled()
    expect(handlers['csv:save']).not.toHaveBeenCalled()
  })

  it('keeps the schema’s own message for a bad file name', async () => {
    const { invoke } = setUp()
    const result = await invoke('csv:save', { suggestedFileName: 'a/b.csv', content: '' })
    expect(result.ok ? '' : result.error.message).toContain('ファイル名に使えない文字が含まれています')
  })

  it('turns a HandlerError into ok:false with its code and message', async () => {
    const { invoke } = setUp({
      'pdf:save': () => Promise.reject(new HandlerError('write-failed', '保存できませんでした。'))
    })
    expect(await invoke('pdf:save', { layout: 'letter', suggestedFileName: '通知書.pdf' })).toEqual({
      ok: false,
      error: { code: 'write-failed', message: '保存できませんでした。' }
    })
  })

  it('turns any other thrown error into ok:false instead of rejecting', async () => {
    const { invoke } = setUp({ 'print:page': () => Promise.reject(new Error('printer exploded')) })
    const result = await invoke('print:page', { layout: 'letter', silent: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(result.ok ? '' : result.error.message).toContain('もう一度お試しください')
  })
})
