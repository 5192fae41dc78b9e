import nodeFs, { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashTree, migrateLegacyProfile } from '../../../src/main/migration'

let tmp: string
let legacyDir: string
let profileDir: string
const now = () => new Date('2026-12-01T09:30:15.000Z')

function write(root: string, relative: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
  writeFileSync(path.join(root, relative), content)
}

/** A 0.1.0 profile: the register's LevelDB, plus caches and Chromium's lock file. */
function makeLegacyProfile(): void {
  write(legacyDir, 'IndexedDB/app_bundle_0.indexeddb.leveldb/000003.log', 'requests and audit entries')
  write(legacyDir, 'IndexedDB/app_bundle_0.indexeddb.leveldb/CURRENT', 'MANIFEST-000001\n')
  write(legacyDir, 'Local State', '{}')
  write(legacyDir, 'Code Cache/js/index', 'cache')
  write(legacyDir, 'lockfile', '')
}

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kaiji-migrate-'))
  legacyDir = path.join(tmp, 'AppData', 'Roaming', 'KaijiUketsukebo')
  profileDir = path.join(tmp, 'ProgramData', 'KaijiUketsukebo', 'data', 'profile')
  mkdirSync(path.dirname(profileDir), { recursive: true })
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

describe('moving 0.1.0’s per-user register to the machine-wide folder', () => {
  it('does nothing when there is no old register', () => {
    expect(migrateLegacyProfile({ legacyDir, profileDir, now })).toEqual({ kind: 'none' })
    expect(existsSync(profileDir)).toBe(false)
  })

  it('copies the register byte for byte, skips caches, and keeps the old folder under a new name', () => {
    makeLegacyProfile()
    const before = hashTree(legacyDir)
    const result = migrateLegacyProfile({ legacyDir, profileDir, now })
    const keptAs = `${legacyDir}.migrated-20261201-093015`
    expect(result).toEqual({ kind: 'migrated', files: 3, bytes: 44, keptAs })
    expect(hashTree(profileDir)).toEqual(before)
    expect(readFileSync(path.join(profileDir, 'IndexedDB/app_bundle_0.indexeddb.leveldb/000003.log'), 'utf8')).toBe(
      'requests and audit entries'
    )
    expect(existsSync(path.join(profileDir, 'Code Cache'))).toBe(false)
    expect(existsSync(legacyDir)).toBe(false)
    expect(existsSync(path.join(keptAs, 'IndexedDB/app_bundle_0.indexeddb.leveldb/000003.log'))).toBe(true)
    expect(readdirSync(path.dirname(profileDir))).toEqual(['profile'])
  })

  it('refuses a copy that differs from the original, and leaves the old folder where it was', () => {
    makeLegacyProfile()
    const corrupting: typeof nodeFs.cpSync = (source, destination, options) => {
      nodeFs.cpSync(source, destination, options)
      writeFileSync(path.join(String(destination), 'Local State'), '{"damaged":true}')
    }
    const result = migrateLegacyProfile({ legacyDir, profileDir, now, fs: { ...nodeFs, cpSync: corrupting } })
    expect(result.kind).toBe('failed')
    expect(result.kind === 'failed' && result.message).toContain('Local State')
    expect(existsSync(legacyDir)).toBe(true)
    expect(existsSync(profileDir)).toBe(false)
    expect(existsSync(`${profileDir}.migrating`)).toBe(false)
  })

  it('reports a failure to rename the old folder, and finishes the job on the next start', () => {
    makeLegacyProfile()
    const stuck = {
      ...nodeFs,
      renameSync: (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
        if (String(from) === legacyDir) throw new Error('EBUSY: resource busy')
        nodeFs.renameSync(from, to)
      }
    }
    expect(migrateLegacyProfile({ legacyDir, profileDir, now, fs: stuck })).toEqual({
      kind: 'failed',
      message: 'EBUSY: resource busy'
    })
    expect(existsSync(legacyDir)).toBe(true)
    expect(migrateLegacyProfile({ legacyDir, profileDir, now }).kind).toBe('migrated')
    expect(existsSync(legacyDir)).toBe(false)
  })

  it('leaves a second user’s old register untouched when the shared one already holds other data', () => {
    makeLegacyProfile()
    write(profileDir, 'IndexedDB/app_bundle_0.indexeddb.leveldb/000003.log', 'another user’s register')
    expect(migrateLegacyProfile({ legacyDir, profileDir, now })).toEqual({ kind: 'conflict', legacyDir })
    expect(readFileSync(path.join(profileDir, 'IndexedDB/app_bundle_0.indexeddb.leveldb/000003.log'), 'utf8')).toBe(
      'another user’s register'
    )
    expect(existsSync(path.join(legacyDir, 'Local State'))).toBe(true)
  })
})
