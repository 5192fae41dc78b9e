// Moves 0.1.0's per-user register (%APPDATA%\KaijiUketsukebo) to the machine-wide profile folder, once.
// Copy to a staging folder, compare every file's SHA-256 with the original, move the copy into place; the app then
// opens the copy and verifies its counts and audit chain (the renderer, through migration:finish), and only then is
// the old folder renamed. The old folder is never deleted: it stays as <name>.migrated-<time> for IT.
import { createHash } from 'node:crypto'
import nodeFs from 'node:fs'
import path from 'node:path'

export type MigrationResult =
  | { kind: 'none' }
  | { kind: 'migrated'; files: number; bytes: number; keptAs: string }
  /** Copied and byte-for-byte identical; the old folder waits for the register's own check before its rename. */
  | { kind: 'copied'; files: number; bytes: number; keptAs: string; legacyDir: string }
  /** Both exist and differ: another user's register is already here; this user's old one is left untouched. */
  | { kind: 'conflict'; legacyDir: string }
  | { kind: 'failed'; message: string }

export interface MigrationDeps {
  legacyDir: string
  profileDir: string
  now: () => Date
  /** Leave the old folder in place until finishMigration (the app checks the copy first). */
  deferRename?: boolean
  fs?: Pick<typeof nodeFs, 'existsSync' | 'readdirSync' | 'readFileSync' | 'cpSync' | 'renameSync' | 'rmSync'>
}

// Caches Chromium rebuilds, and its own single-instance files: nothing of the register lives in them.
const SKIPPED = new Set([
  'Cache',
  'Code Cache',
  'GPUCache',
  'DawnCache',
  'DawnGraphiteCache',
  'DawnWebGPUCache',
  'ShaderCache',
  'GrShaderCache',
  'Crashpad',
  'SingletonLock',
  'SingletonSocket',
  'SingletonCookie',
  'lockfile'
])

type Fs = NonNullable<MigrationDeps['fs']>

/** Relative path → SHA-256 of every file under dir, skipping the top-level caches. */
export function hashTree(dir: string, fs: Fs = nodeFs): Map<string, { hash: string; bytes: number }> {
  const result = new Map<string, { hash: string; bytes: number }>()
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      if (relative === '' && SKIPPED.has(entry.name)) continue
      const child = path.join(relative, entry.name)
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) {
        const data = fs.readFileSync(path.join(dir, child))
        result.set(child, { hash: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength })
      }
    }
  }
  walk('')
  return result
}

function sameTrees(a: Map<string, { hash: string }>, b: Map<string, { hash: string }>): string | undefined {
  for (const [file, { hash }] of a) if (b.get(file)?.hash !== hash) return file
  for (const file of b.keys()) if (!a.has(file)) return file
  return undefined
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15)
}

function isEmptyOrMissing(dir: string, fs: Fs): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0
}

export function migrateLegacyProfile(deps: MigrationDeps): MigrationResult {
  const fs = deps.fs ?? nodeFs
  const { legacyDir, profileDir } = deps
  if (!fs.existsSync(legacyDir)) return { kind: 'none' }
  const keptAs = `${legacyDir}.migrated-${stamp(deps.now())}`
  try {
    const original = hashTree(legacyDir, fs)
    if (!isEmptyOrMissing(profileDir, fs)) {
      // A start that copied and verified but could not rename the old folder: finish the rename.
      if (sameTrees(original, hashTree(profileDir, fs)) !== undefined) return { kind: 'conflict', legacyDir }
    } else {
      const staging = `${profileDir}.migrating`
      fs.rmSync(staging, { recursive: true, force: true })
      fs.cpSync(legacyDir, staging, {
        recursive: true,
        filter: (source) => !SKIPPED.has(path.relative(legacyDir, source))
      })
      const mismatch = sameTrees(original, hashTree(staging, fs))
      if (mismatch !== undefined) {
        fs.rmSync(staging, { recursive: true, force: true })
        return { kind: 'failed', message: `コピーした ${mismatch} が元のファイルと一致しません。` }
      }
      if (fs.existsSync(profileDir)) fs.rmSync(profileDir, { recursive: true })
      fs.renameSync(staging, profileDir)
    }
    let bytes = 0
    for (const file of original.values()) bytes += file.bytes
    if (deps.deferRename === true) return { kind: 'copied', files: original.size, bytes, keptAs, legacyDir }
    fs.renameSync(legacyDir, keptAs)
    return { kind: 'migrated', files: original.size, bytes, keptAs }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { kind: 'failed', message: detail }
  }
}

/** What the register's own check of the copy found (counts per table, and the audit chain's problems). */
export interface MigrationVerdict {
  verified: boolean
  detail: string
}

/**
 * Finishes a deferred move once the app has checked the copy: a verified copy renames the old folder (kept, never
 * deleted); a copy that failed its check leaves the old folder exactly where 0.1.0 had it, for IT.
 */
export function finishMigration(
  copied: Extract<MigrationResult, { kind: 'copied' }>,
  verdict: MigrationVerdict,
  fs: Pick<typeof nodeFs, 'existsSync' | 'renameSync'> = nodeFs
): MigrationResult {
  if (!verdict.verified) return { kind: 'failed', message: verdict.detail }
  try {
    if (fs.existsSync(copied.legacyDir)) fs.renameSync(copied.legacyDir, copied.keptAs)
    return { kind: 'migrated', files: copied.files, bytes: copied.bytes, keptAs: copied.keptAs }
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}
