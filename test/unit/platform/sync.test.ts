import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../../src/shared/ipc'
import { BROWSER_SYNC_POLICY_KEY } from '../../../src/shared/syncPolicy'
import { syncPolicy } from '../../../src/renderer/src/platform'

const ENABLED = {
  enabled: true,
  url: 'https://couch.clinic.local:6984',
  database: 'kaiji_honin',
  username: 'pc-uketsuke1',
  password: 'pw'
} as const

function browserWith(stored: string | null) {
  const items = new Map<string, string>(stored === null ? [] : [[BROWSER_SYNC_POLICY_KEY, stored]])
  vi.stubGlobal('window', {})
  vi.stubGlobal('localStorage', { getItem: (key: string) => items.get(key) ?? null })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('syncPolicy', () => {
  it('asks main in the desktop app and checks the answer', async () => {
    vi.stubGlobal('window', { api: { syncPolicy: () => Promise.resolve(ENABLED) } satisfies Partial<DesktopApi> })
    await expect(syncPolicy()).resolves.toEqual(ENABLED)
    vi.stubGlobal('window', { api: { syncPolicy: () => Promise.resolve({ enabled: true, url: 'x' }) } })
    await expect(syncPolicy()).rejects.toThrow('アプリ本体からの応答を読み取れませんでした(sync:policy)')
  })

  it('reads localStorage in a browser', async () => {
    browserWith(JSON.stringify(ENABLED))
    await expect(syncPolicy()).resolves.toEqual(ENABLED)
  })

  it('is off in a browser when the key is missing, not JSON, or not a valid policy', async () => {
    for (const stored of [
      null,
      '{not json',
      JSON.stringify({ ...ENABLED, url: 'http://couch.clinic.local:5984' }),
      JSON.stringify({ enabled: true })
    ]) {
      browserWith(stored)
      await expect(syncPolicy()).resolves.toEqual({ enabled: false })
    }
  })

  it('accepts a server on this machine over http in a browser (the tests’ pouchdb-server)', async () => {
    const local = { ...ENABLED, url: 'http://127.0.0.1:5990' }
    browserWith(JSON.stringify(local))
    await expect(syncPolicy()).resolves.toEqual(local)
  })
})
