import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../../src/shared/ipc'
import { malformedAnswerMessage, parseIpcResult } from '../../../src/renderer/src/platform/ipcResult'
import { appVersion, listBackups, printPage, readAnchor, saveCsv } from '../../../src/renderer/src/platform'

const CHAIN = [{ deviceId: 'd1', deviceSeq: 3, hash: 'a'.repeat(64) }]
const ANCHOR = {
  clinicId: 'c1',
  deviceId: 'd1',
  updatedAt: '2026-11-25T01:00:00.000Z',
  chainHeads: CHAIN,
  counts: { requests: 2 },
  backupFolder: '',
  contact: '事務局 03-0000-0000',
  lastBackupAt: null
}

describe('parseIpcResult', () => {
  it('passes a well-formed answer through, for each of a few channels', () => {
    expect(parseIpcResult('print:page', { printed: false, reason: 'cancelled' })).toEqual({
      printed: false,
      reason: 'cancelled'
    })
    expect(parseIpcResult('csv:save', { saved: true, filePath: 'C:\\log.csv' })).toEqual({
      saved: true,
      filePath: 'C:\\log.csv'
    })
    expect(parseIpcResult('anchor:read', null)).toBeNull()
    expect(parseIpcResult('anchor:read', ANCHOR)).toEqual(ANCHOR)
    expect(parseIpcResult('backup:open', null)).toBeNull()
  })

  it.each([
    ['print:page', { printed: 'yes' }],
    ['csv:save', undefined],
    ['app:info', { version: 1 }],
    ['anchor:read', { ...ANCHOR, updatedAt: 'yesterday' }],
    ['backup:list', { folder: 'D:\\backup', entries: [] }],
    ['backup:read', 'kaiji-backup.json.gz']
  ] as const)('turns a malformed answer on %s into an error staff can read', (channel, raw) => {
    expect(() => parseIpcResult(channel, raw)).toThrow(malformedAnswerMessage(channel))
  })

  it('says what to do, in Japanese, and names the channel for whoever is called', () => {
    expect(malformedAnswerMessage('backup:list')).toMatch(/読み取れませんでした.*backup:list.*再起動/)
  })
})

describe('the platform functions check what main answers', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const desktop = (api: Partial<DesktopApi>) => vi.stubGlobal('window', { api })

  it('returns a well-formed answer', async () => {
    desktop({
      print: () => Promise.resolve({ printed: true }),
      appInfo: () => Promise.resolve({ version: '1.2.3', platform: 'win32' }),
      readAnchor: () => Promise.resolve(ANCHOR)
    })
    await expect(printPage({ layout: 'letter', silent: false })).resolves.toEqual({ printed: true })
    await expect(appVersion()).resolves.toBe('1.2.3')
    await expect(readAnchor()).resolves.toEqual(ANCHOR)
  })

  it('rejects a malformed one with the Japanese message instead of passing it on', async () => {
    const malformed =
      <T>(value: unknown) =>
      () =>
        Promise.resolve(value as T)
    desktop({
      saveCsv: malformed({ saved: 'maybe' }),
      appInfo: malformed(null),
      listBackups: malformed({ folder: '', separateDisk: true, entries: [{ fileName: 'x' }] })
    })
    await expect(saveCsv({ suggestedFileName: 'log.csv', content: 'a,b' })).rejects.toThrow(
      malformedAnswerMessage('csv:save')
    )
    await expect(appVersion()).rejects.toThrow(malformedAnswerMessage('app:info'))
    await expect(listBackups('')).rejects.toThrow(malformedAnswerMessage('backup:list'))
  })
})
