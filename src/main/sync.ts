// This PC's sync policy (SPEC.md "Sharing the register between PCs"): the CouchDB server, database and user come from
// IT's policy.json; the password too, until IT removes it. main keeps the password encrypted with Electron's
// safeStorage (DPAPI on Windows, which is per Windows user) in one file per Windows user in the machine-wide data
// folder, so IT may delete it from policy.json once every Windows user of the PC has started the app. The decisions
// are pure functions; the Electron and file-system parts come in as arguments.
import nodePath from 'node:path'
import type { PlatformPath } from 'node:path'
import { z } from 'zod'
import type { MachinePolicy } from '../shared/machinePolicy'
import { syncDatabaseSchema, syncPolicySchema, syncUrlSchema } from '../shared/syncPolicy'
import type { SyncPolicy } from '../shared/syncPolicy'
import type { Handlers } from './ipc'

/** What the stored file holds, once decrypted: the password together with what it belongs to. */
export const storedCredentialSchema = z.object({
  url: syncUrlSchema,
  database: syncDatabaseSchema,
  username: z.string().min(1).max(120),
  password: z.string().min(1).max(500)
})
export type StoredCredential = z.infer<typeof storedCredentialSchema>

/**
 * The stored password's file for one Windows user. Windows user names are compared without case; characters other
 * than letters, digits, '.', '_' and '-' are written as their UTF-8 bytes (%xx), so every name gives its own file.
 */
export function credentialFile(dataDir: string, windowsUser: string, path: PlatformPath = nodePath): string {
  const safe = Array.from(new TextEncoder().encode(windowsUser.toLowerCase()), (byte) => {
    const c = String.fromCharCode(byte)
    return /^[a-z0-9._-]$/u.test(c) ? c : `%${byte.toString(16).padStart(2, '0')}`
  }).join('')
  return path.join(dataDir, `sync-password.${safe === '' ? '%' : safe}.bin`)
}

export interface SyncDecision {
  policy: SyncPolicy
  /** The password to keep (encrypted): the policy carries one the stored copy does not have yet. */
  store: StoredCredential | null
  /** For IT's log: why sync is off although the policy names a server. */
  reason: string | null
}

/**
 * Whether this PC syncs, and with what. `stored` is the decrypted stored copy (null when there is none or it could not
 * be read); `canEncrypt` is safeStorage.isEncryptionAvailable(). `reason` says, for IT's log, why sync is off.
 */
export function decideSync(policy: MachinePolicy, stored: StoredCredential | null, canEncrypt: boolean): SyncDecision {
  const { syncUrl: url, syncDatabase: database, syncUser: username, syncPassword } = policy
  if (url === undefined || database === undefined || username === undefined) {
    return { policy: { enabled: false }, store: null, reason: null }
  }
  if (!canEncrypt) {
    return {
      policy: { enabled: false },
      store: null,
      reason:
        'safeStorage (Windows のデータ保護) が使えないため、同期のパスワードを安全に保存できません。同期は行いません。'
    }
  }
  const matches = stored !== null && stored.url === url && stored.database === database && stored.username === username
  const password = syncPassword ?? (matches ? stored.password : undefined)
  if (password === undefined) {
    return {
      policy: { enabled: false },
      store: null,
      reason:
        `policy.json に syncPassword がなく、この Windows ユーザーには ${username} のパスワードが保存されていません。` +
        '同期は行いません。syncPassword を policy.json に書いて、この Windows ユーザーでアプリを一度起動してください。'
    }
  }
  const parsed = syncPolicySchema.safeParse({ enabled: true, url, database, username, password })
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('、')
    return { policy: { enabled: false }, store: null, reason: `同期の設定が正しくありません。（${reasons}）` }
  }
  const store = matches && stored.password === password ? null : { url, database, username, password }
  return { policy: parsed.data, store, reason: null }
}

export interface SyncServiceDeps {
  policy: MachinePolicy
  /** credentialFile(dataDir, the Windows user). */
  file: string
  safeStorage: {
    isEncryptionAvailable: () => boolean
    encryptString: (text: string) => Buffer
    decryptString: (data: Buffer) => string
  }
  /** fs.readFile; rejects with ENOENT when nothing is stored. */
  readFile: (file: string) => Promise<Buffer>
  /** Written whole or not at all (writeFileAtomic). */
  writeFile: (file: string, data: Buffer) => Promise<void>
  log: (line: string) => void
}

/** The stored copy, or null when there is none; a file this Windows user cannot decrypt counts as none (logged). */
export async function readStoredCredential(deps: SyncServiceDeps): Promise<StoredCredential | null> {
  let data: Buffer
  try {
    data = await deps.readFile(deps.file)
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'ENOENT') {
      deps.log(`[sync] could not read ${deps.file}: ${error instanceof Error ? error.message : String(error)}`)
    }
    return null
  }
  try {
    return storedCredentialSchema.parse(JSON.parse(deps.safeStorage.decryptString(data)))
  } catch (error) {
    deps.log(
      `[sync] ${deps.file} cannot be read by this Windows user: ${error instanceof Error ? error.message : String(error)}`
    )
    return null
  }
}

/** Decides once per run (after Electron is ready, when safeStorage works) and answers sync:policy from it. */
export function createSyncService(deps: SyncServiceDeps): Pick<Handlers, 'sync:policy'> & {
  resolve: () => Promise<SyncPolicy>
} {
  let decided: Promise<SyncPolicy> | null = null
  const decide = async (): Promise<SyncPolicy> => {
    const canEncrypt = deps.safeStorage.isEncryptionAvailable()
    const stored = canEncrypt ? await readStoredCredential(deps) : null
    const decision = decideSync(deps.policy, stored, canEncrypt)
    if (decision.reason !== null) deps.log(`[sync] ${decision.reason}`)
    if (decision.store !== null) {
      try {
        await deps.writeFile(deps.file, deps.safeStorage.encryptString(JSON.stringify(decision.store)))
      } catch (error) {
        // Sync still runs with the policy's password; only its removal from policy.json would have to wait.
        deps.log(
          `[sync] could not store the password in ${deps.file}: ${error instanceof Error ? error.message : String(error)}`
        )
      }
    }
    return decision.policy
  }
  const resolve = () => (decided ??= decide())
  return { resolve, 'sync:policy': () => resolve() }
}
