import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createSyncService, credentialFile, decideSync } from '../../../src/main/sync'
import type { StoredCredential, SyncServiceDeps } from '../../../src/main/sync'
import type { MachinePolicy } from '../../../src/shared/machinePolicy'

const SERVER = { syncUrl: 'https://couch.clinic.local:6984', syncDatabase: 'kaiji_honin', syncUser: 'pc-uketsuke1' }
const STORED: StoredCredential = {
  url: SERVER.syncUrl,
  database: SERVER.syncDatabase,
  username: SERVER.syncUser,
  password: 'stored-pw'
}
const ENABLED = { enabled: true, url: SERVER.syncUrl, database: SERVER.syncDatabase, username: SERVER.syncUser }

describe('credentialFile', () => {
  it('gives each Windows user a file of their own in the data folder, whatever the case or the characters', () => {
    const dir = 'C:\\ProgramData\\KaijiUketsukebo\\data'
    const win = path.win32
    expect(credentialFile(dir, 'uketsuke', win)).toBe(`${dir}\\sync-password.uketsuke.bin`)
    expect(credentialFile(dir, 'Uketsuke', win)).toBe(credentialFile(dir, 'uketsuke', win))
    expect(credentialFile(dir, '受付 1', win)).toBe(`${dir}\\sync-password.%e5%8f%97%e4%bb%98%201.bin`)
    expect(credentialFile(dir, 'a/b', win)).not.toBe(credentialFile(dir, 'a_b', win))
    expect(credentialFile(dir, '..', win)).toBe(`${dir}\\sync-password....bin`)
    expect(path.win32.dirname(credentialFile(dir, '..\\..\\x', win))).toBe(dir)
  })
})

describe('decideSync', () => {
  it('is off, silently, when the policy names no server', () => {
    expect(decideSync({}, STORED, true)).toEqual({ policy: { enabled: false }, store: null, reason: null })
  })

  it('uses the policy’s password and keeps it when nothing or something else is stored', () => {
    const policy: MachinePolicy = { ...SERVER, syncPassword: 'policy-pw' }
    const expected = { policy: { ...ENABLED, password: 'policy-pw' }, reason: null }
    expect(decideSync(policy, null, true)).toEqual({ ...expected, store: { ...STORED, password: 'policy-pw' } })
    expect(decideSync(policy, STORED, true)).toEqual({ ...expected, store: { ...STORED, password: 'policy-pw' } })
    expect(decideSync(policy, { ...STORED, password: 'policy-pw' }, true)).toEqual({ ...expected, store: null })
  })

  it('uses the stored password once the policy no longer carries one, only for the same server, database and user', () => {
    expect(decideSync(SERVER, STORED, true)).toEqual({
      policy: { ...ENABLED, password: 'stored-pw' },
      store: null,
      reason: null
    })
    for (const other of [
      { syncUser: 'pc-uketsuke2' },
      { syncDatabase: 'kaiji_bunin' },
      { syncUrl: 'https://x:6984' }
    ]) {
      const decision = decideSync({ ...SERVER, ...other }, STORED, true)
      expect(decision.policy).toEqual({ enabled: false })
      expect(decision.reason).toContain('パスワードが保存されていません')
    }
  })

  it('stays off with a reason when safeStorage cannot encrypt, even with a password in the policy', () => {
    const decision = decideSync({ ...SERVER, syncPassword: 'policy-pw' }, null, false)
    expect(decision).toMatchObject({ policy: { enabled: false }, store: null })
    expect(decision.reason).toContain('safeStorage')
  })
})

function fakeDeps(over: Partial<SyncServiceDeps> & { files?: Map<string, Buffer> } = {}) {
  const files = over.files ?? new Map<string, Buffer>()
  const lines: string[] = []
  const deps: SyncServiceDeps = {
    policy: { ...SERVER, syncPassword: 'policy-pw' },
    file: 'C:\\data\\sync-password.uketsuke.bin',
    // A stand-in for DPAPI: reversible, and not the plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
      decryptString: (data) => {
        const text = data.toString()
        if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage')
        return Buffer.from(text.slice(4), 'base64').toString()
      }
    },
    readFile: (file) => {
      const data = files.get(file)
      return data ? Promise.resolve(data) : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))
    },
    writeFile: vi.fn((file: string, data: Buffer) => {
      files.set(file, data)
      return Promise.resolve()
    }),
    log: (line) => lines.push(line),
    ...over
  }
  return { deps, files, lines }
}

describe('the sync:policy handler', () => {
  it('stores the policy’s password encrypted, then works from the stored copy after IT removes it', async () => {
    const first = fakeDeps()
    await expect(
      createSyncService(first.deps)['sync:policy'](undefined, { sender: {} as never, window: null })
    ).resolves.toEqual({
      ...ENABLED,
      password: 'policy-pw'
    })
    const written = first.files.get(first.deps.file)
    expect(written?.toString()).toMatch(/^enc:/u)
    expect(written?.toString()).not.toContain('policy-pw')

    const later = fakeDeps({ files: first.files, policy: SERVER })
    await expect(createSyncService(later.deps).resolve()).resolves.toEqual({ ...ENABLED, password: 'policy-pw' })
    expect(later.deps.writeFile).not.toHaveBeenCalled()
    expect(later.lines).toEqual([])
  })

  it('decides once per run', async () => {
    const { deps } = fakeDeps()
    const service = createSyncService(deps)
    await service.resolve()
    await service.resolve()
    expect(deps.writeFile).toHaveBeenCalledTimes(1)
  })

  it('treats a file another Windows user encrypted as no stored password, and logs why', async () => {
    const files = new Map([['C:\\data\\sync-password.uketsuke.bin', Buffer.from('someone else’s DPAPI blob')]])
    const { deps, lines } = fakeDeps({ files, policy: SERVER })
    await expect(createSyncService(deps).resolve()).resolves.toEqual({ enabled: false })
    expect(lines.join('\n')).toContain('cannot be read by this Windows user')
    expect(lines.join('\n')).toContain('パスワードが保存されていません')
  })

  it('still syncs with the policy’s password when storing it fails, and logs it', async () => {
    const { deps, lines } = fakeDeps({ writeFile: () => Promise.reject(new Error('EACCES')) })
    await expect(createSyncService(deps).resolve()).resolves.toEqual({ ...ENABLED, password: 'policy-pw' })
    expect(lines.join('\n')).toContain('could not store the password')
  })

  it('stays off and logs the reason when safeStorage is unavailable, reading and writing nothing', async () => {
    const readFile = vi.fn(() => Promise.resolve(Buffer.from('')))
    const { deps, lines } = fakeDeps({
      readFile,
      safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() }
    })
    await expect(createSyncService(deps).resolve()).resolves.toEqual({ enabled: false })
    expect(readFile).not.toHaveBeenCalled()
    expect(deps.writeFile).not.toHaveBeenCalled()
    expect(lines.join('\n')).toContain('safeStorage')
  })
})
