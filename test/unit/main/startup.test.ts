import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { prepareStartup, recordMigration } from '../../../src/main/startup'
import { finishMigration } from '../../../src/main/migration'
import type { StartupDeps } from '../../../src/main/startup'

let tmp: string
let programData: string
let appData: string
const running = new Set<number>()
const me = { pid: 42, user: 'uketsuke', host: 'RECEPTION-PC', startedAt: '2026-12-01T00:00:00.000Z' }

function setUp(overrides: Partial<StartupDeps> = {}) {
  const log: string[] = []
  const app = {
    setPath: vi.fn((name: string, value: string) => log.push(`setPath ${name} ${value}`)),
    setAppLogsPath: vi.fn((value: string) => log.push(`logs ${value}`)),
    requestSingleInstanceLock: vi.fn(() => {
      log.push('singleInstance')
      return true
    })
  }
  const deps: StartupDeps = {
    app,
    programData,
    appData,
    me,
    policy: { readText: (file) => readFileSync(file, 'utf8') },
    lock: {
      createExclusive: (file, text) => writeFileSync(file, text, { flag: 'wx' }),
      readText: (file) => readFileSync(file, 'utf8'),
      remove: (file) => rmSync(file, { force: true }),
      isRunning: (pid) => running.has(pid),
      uptime: () => 3_600
    },
    folders: { mkdir: (dir) => mkdirSync(dir, { recursive: true }), icacls: vi.fn(), platform: 'linux', log: vi.fn() },
    now: () => new Date('2026-12-01T09:00:00.000Z'),
    writeText: (file, text) => writeFileSync(file, text),
    ...overrides
  }
  return { app, log, deps }
}

const root = () => path.join(programData, 'KaijiUketsukebo')

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kaiji-start-'))
  programData = path.join(tmp, 'ProgramData')
  appData = path.join(tmp, 'Roaming')
  running.clear()
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

describe('start-up of the machine-wide register', () => {
  it('points Chromium’s profile and logs at the machine folder before asking for the single-instance lock', () => {
    const { deps, log } = setUp()
    const outcome = prepareStartup(deps)
    expect(outcome.kind).toBe('start')
    expect(log).toEqual([
      `setPath userData ${path.join(root(), 'data', 'profile')}`,
      `logs ${path.join(root(), 'data', 'logs')}`,
      'singleInstance'
    ])
    expect(existsSync(path.join(root(), 'data', 'register.lock'))).toBe(true)
    if (outcome.kind !== 'start') return
    expect(outcome.settings.fromPolicy).toEqual([])
    outcome.release()
    expect(existsSync(path.join(root(), 'data', 'register.lock'))).toBe(false)
  })

  it('follows IT’s policy.json for the data and backup folders', () => {
    mkdirSync(root(), { recursive: true })
    const dataDir = path.join(tmp, 'D', 'Kaiji')
    writeFileSync(path.join(root(), 'policy.json'), JSON.stringify({ dataDir, keepMonthlyMonths: 12 }))
    const { deps, app } = setUp()
    const outcome = prepareStartup(deps)
    expect(app.setPath).toHaveBeenCalledWith('userData', path.join(dataDir, 'profile'))
    expect(outcome.kind === 'start' && outcome.settings).toMatchObject({
      fromPolicy: ['dataDir', 'keepMonthlyMonths'],
      values: { dataDir, keepMonthlyMonths: 12 }
    })
  })

  it('creates the default backup folder beside the data, every local user allowed to change it', () => {
    const icacls = vi.fn()
    const folders = { mkdir: (dir: string) => mkdirSync(dir, { recursive: true }), icacls, platform: 'win32' as const }
    const { deps } = setUp({ folders: { ...folders, log: vi.fn() } })
    expect(prepareStartup(deps).kind).toBe('start')
    expect(existsSync(path.join(root(), 'backups'))).toBe(true)
    expect(icacls).toHaveBeenCalledWith([path.join(root(), 'backups'), '/grant', '*S-1-5-32-545:(OI)(CI)M', '/Q'])
  })

  it('leaves a backup folder named by IT’s policy to IT, and starts when the default one cannot be made', () => {
    mkdirSync(root(), { recursive: true })
    const backupDir = path.join(tmp, 'nas01', 'backup')
    writeFileSync(path.join(root(), 'policy.json'), JSON.stringify({ backupDir }))
    const first = setUp()
    expect(prepareStartup(first.deps).kind).toBe('start')
    expect(existsSync(backupDir)).toBe(false)
    expect(existsSync(path.join(root(), 'backups'))).toBe(false)
    rmSync(path.join(root(), 'policy.json'))
    rmSync(path.join(root(), 'data'), { recursive: true, force: true })

    const log = vi.fn()
    const mkdir = (dir: string) => {
      if (dir.endsWith('backups')) throw Object.assign(new Error('access denied'), { code: 'EPERM' })
      return mkdirSync(dir, { recursive: true })
    }
    const second = setUp({ folders: { mkdir, icacls: vi.fn(), platform: 'win32', log } })
    expect(prepareStartup(second.deps).kind).toBe('start')
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Could not prepare the backup folder'))
  })

  it('stops with a message, and never touches the profile, when policy.json is wrong', () => {
    mkdirSync(root(), { recursive: true })
    writeFileSync(path.join(root(), 'policy.json'), '{ "dataDir": 5 }')
    const { deps, app } = setUp()
    expect(prepareStartup(deps)).toMatchObject({ kind: 'notice', title: 'IT のポリシーを読めません' })
    expect(app.setPath).not.toHaveBeenCalled()
  })

  it('tells a second Windows user that the register is open in another session, before Chromium starts', () => {
    running.add(7)
    mkdirSync(path.join(root(), 'data'), { recursive: true })
    const other = { pid: 7, user: 'sato', host: 'RECEPTION-PC', startedAt: '2026-12-01T08:00:00.000Z' }
    writeFileSync(path.join(root(), 'data', 'register.lock'), JSON.stringify(other))
    const { deps, app } = setUp()
    const outcome = prepareStartup(deps)
    expect(outcome).toMatchObject({ kind: 'notice', title: '受付簿は別のセッションで使用中です' })
    expect(outcome.kind === 'notice' && outcome.message).toContain('sato')
    expect(app.setPath).not.toHaveBeenCalled()
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled()
  })

  it('lets a second copy for the same user quit quietly, keeping the first copy’s lock', () => {
    running.add(41)
    const first = { ...me, pid: 41 }
    mkdirSync(path.join(root(), 'data'), { recursive: true })
    const lockFile = path.join(root(), 'data', 'register.lock')
    writeFileSync(lockFile, JSON.stringify(first))
    const { deps, app } = setUp()
    app.requestSingleInstanceLock.mockReturnValue(false)
    expect(prepareStartup(deps)).toEqual({ kind: 'quit' })
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toEqual(first)
  })

  it('copies this user’s 0.1.0 register into the shared profile and keeps the old folder until the app has checked it', () => {
    const legacy = path.join(appData, 'KaijiUketsukebo')
    mkdirSync(path.join(legacy, 'IndexedDB'), { recursive: true })
    writeFileSync(path.join(legacy, 'IndexedDB', 'data.log'), 'register')
    const { deps } = setUp()
    const outcome = prepareStartup(deps)
    const keptAs = `${legacy}.migrated-20261201-090000`
    expect(outcome).toMatchObject({ kind: 'start', migration: { kind: 'copied', files: 1, keptAs, legacyDir: legacy } })
    expect(readFileSync(path.join(root(), 'data', 'profile', 'IndexedDB', 'data.log'), 'utf8')).toBe('register')
    expect(existsSync(legacy)).toBe(true)
    if (outcome.kind !== 'start' || outcome.migration.kind !== 'copied') throw new Error('not copied')

    // The app verified the copy: the old folder is renamed (kept) and the record written.
    const finished = finishMigration(outcome.migration, { verified: true, detail: 'requests 1' })
    expect(finished).toEqual({ kind: 'migrated', files: 1, bytes: 8, keptAs })
    if (finished.kind !== 'migrated') throw new Error('not migrated')
    recordMigration(deps, outcome.paths, finished)
    expect(existsSync(legacy)).toBe(false)
    expect(existsSync(path.join(keptAs, 'IndexedDB', 'data.log'))).toBe(true)
    const record = JSON.parse(readFileSync(path.join(root(), 'data', 'logs', 'migration-from-0.1.0.json'), 'utf8')) as {
      user: string
      files: number
      keptAs: string
    }
    expect(record).toMatchObject({ user: 'uketsuke', files: 1, keptAs })
  })

  it('leaves the old folder where 0.1.0 had it when the app could not verify the copy', () => {
    const legacy = path.join(appData, 'KaijiUketsukebo')
    mkdirSync(legacy, { recursive: true })
    writeFileSync(path.join(legacy, 'Local State'), '{}')
    const { deps } = setUp()
    const outcome = prepareStartup(deps)
    if (outcome.kind !== 'start' || outcome.migration.kind !== 'copied') throw new Error('not copied')
    expect(finishMigration(outcome.migration, { verified: false, detail: '監査記録の検証で問題' })).toEqual({
      kind: 'failed',
      message: '監査記録の検証で問題'
    })
    expect(existsSync(legacy)).toBe(true)
    expect(existsSync(path.join(root(), 'data', 'logs', 'migration-from-0.1.0.json'))).toBe(false)
  })

  it('stops, releases the lock and keeps the old folder when the move fails', () => {
    const legacy = path.join(appData, 'KaijiUketsukebo')
    mkdirSync(legacy, { recursive: true })
    writeFileSync(path.join(legacy, 'Local State'), '{}')
    const { deps } = setUp({
      migrationFs: {
        existsSync,
        readdirSync: () => {
          throw new Error('EIO: i/o error')
        }
      } as unknown as StartupDeps['migrationFs']
    })
    const outcome = prepareStartup(deps)
    expect(outcome).toMatchObject({ kind: 'notice', title: '以前の受付簿を移せませんでした' })
    expect(outcome.kind === 'notice' && outcome.message).toContain('元のフォルダーはそのまま残っています')
    expect(existsSync(path.join(root(), 'data', 'register.lock'))).toBe(false)
    expect(existsSync(legacy)).toBe(true)
  })
})
