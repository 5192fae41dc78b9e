import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { readAnchorFile, writeAnchorFile } from '../../../../src/main/backup/anchor'
import { installCloseHandshake, type HandshakeIpc } from '../../../../src/main/backup/closeHandshake'
import type { Anchor } from '../../../../src/shared/backupIpc'

const ANCHOR: Anchor = {
  clinicId: 'clinic-1',
  deviceId: 'device-1',
  updatedAt: '2026-11-25T03:00:00.000Z',
  chainHeads: [{ deviceId: 'device-1', deviceSeq: 12, hash: 'b'.repeat(64) }],
  counts: { requests: 3, audit: 12 },
  backupFolder: 'D:\\backup',
  contact: '事務局 03-6450-1471',
  lastBackupAt: null
}

describe('anchor file', () => {
  it('reads back what was written, and nothing when there is no file', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'anchor-')), 'register-anchor.json')
    expect(await readAnchorFile(file)).toBeNull()
    await writeAnchorFile(file, ANCHOR)
    expect(await readAnchorFile(file)).toEqual(ANCHOR)
  })

  it('still says a register existed when the file is damaged', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'anchor-')), 'register-anchor.json')
    await writeFile(file, '{"clinicId": tru')
    expect(await readAnchorFile(file)).toMatchObject({ clinicId: '(不明)' })
  })
})

function fakeWindow() {
  let onClose: ((e: { preventDefault: () => void }) => void) | undefined
  const readyListeners: ((e: { sender: { id: number }; senderFrame?: { url: string } | null }) => void)[] = []
  const window = {
    on: (_event: 'close', listener: (e: { preventDefault: () => void }) => void) => {
      onClose = listener
    },
    destroy: vi.fn(),
    webContents: { send: vi.fn(), id: 7 }
  }
  const ipcMain = {
    on: (_c: string, l: (typeof readyListeners)[number]) => readyListeners.push(l),
    removeListener: vi.fn()
  } as unknown as HandshakeIpc
  const close = () => {
    const preventDefault = vi.fn()
    onClose?.({ preventDefault })
    return preventDefault
  }
  const answer = (id: number, url = 'app://bundle/index.html') => {
    for (const l of readyListeners) l({ sender: { id }, senderFrame: { url } })
  }
  return { window, ipcMain, close, answer }
}

describe('close handshake', () => {
  it('holds the window open until the page has made its last backup', () => {
    const f = fakeWindow()
    installCloseHandshake({
      ...f,
      isTrustedSender: (u) => u?.startsWith('app://bundle/') ?? false,
      timeoutMs: 1000,
      setTimer: vi.fn()
    })
    expect(f.close()).toHaveBeenCalled()
    expect(f.window.webContents.send).toHaveBeenCalledWith('app:close-requested')
    f.answer(99)
    f.answer(7, 'https://evil.example/')
    expect(f.window.destroy).not.toHaveBeenCalled()
    f.answer(7)
    expect(f.window.destroy).toHaveBeenCalledTimes(1)
  })

  it('closes anyway when the page does not answer in time', () => {
    const f = fakeWindow()
    const timers: (() => void)[] = []
    installCloseHandshake({ ...f, isTrustedSender: () => true, timeoutMs: 1000, setTimer: (fn) => timers.push(fn) })
    f.close()
    expect(f.window.destroy).not.toHaveBeenCalled()
    timers.forEach((t) => t())
    expect(f.window.destroy).toHaveBeenCalledTimes(1)
  })
})
