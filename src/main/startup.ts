// Before Electron is ready: read IT's policy, find the register's folders, take the register lock, point Chromium's
// profile at the machine-wide folder and move a 0.1.0 per-user register there. Electron's app is passed in.
import path from 'node:path'
import type { MachinePolicy, MachineSettings } from '../shared/machinePolicy'
import { migrateLegacyProfile } from './migration'
import type { MigrationDeps, MigrationResult } from './migration'
import { describeMachineSettings, legacyUserDataDir, machineRoot, resolveMachinePaths } from './paths'
import type { MachinePaths } from './paths'
import { readMachinePolicy } from './policy'
import type { PolicyDeps } from './policy'
import { acquireRegisterLock, lockedMessage, releaseRegisterLock, takeOverRegisterLock } from './registerLock'
import type { LockDeps, LockOwner } from './registerLock'
import { ensureSharedFolder } from './sharedFolder'
import type { SharedFolderDeps } from './sharedFolder'

export interface StartupApp {
  setPath: (name: 'userData', value: string) => void
  setAppLogsPath: (value: string) => void
  requestSingleInstanceLock: () => boolean
}

export interface StartupDeps {
  app: StartupApp
  /** %ProgramData% on Windows. */
  programData: string
  /** %APPDATA% of this Windows user (where 0.1.0 kept its register). */
  appData: string
  me: LockOwner
  policy: PolicyDeps
  lock: LockDeps
  folders: SharedFolderDeps
  now: () => Date
  /** fs.writeFileSync: the record of a move from 0.1.0, kept in the logs folder for IT. */
  writeText: (file: string, text: string) => void
  migrationFs?: MigrationDeps['fs']
}

export type StartupOutcome =
  | {
      kind: 'start'
      paths: MachinePaths
      settings: MachineSettings
      /** IT's policy as read (the sync keys among it are used by main/sync.ts). */
      policy: MachinePolicy
      migration: MigrationResult
      /** Removes the register lock; call on quit. */
      release: () => void
    }
  /** Another copy of the app runs for this user; it has been told to come to the front. */
  | { kind: 'quit' }
  | { kind: 'notice'; title: string; message: string }

const FOLDER_TROUBLE = '受付簿のフォルダーを準備できません'

export function prepareStartup(deps: StartupDeps): StartupOutcome {
  const rootDir = machineRoot(deps.programData)
  const policyFile = resolveMachinePaths(rootDir, {}).policyFile
  const read = readMachinePolicy(policyFile, deps.policy)
  if (!read.ok) {
    return {
      kind: 'notice',
      title: 'IT のポリシーを読めません',
      message: `${read.message}\n情報システム担当に連絡してください。`
    }
  }
  const paths = resolveMachinePaths(rootDir, read.policy)
  try {
    ensureSharedFolder(paths.dataDir, deps.folders)
    ensureSharedFolder(paths.logsDir, deps.folders)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      kind: 'notice',
      title: FOLDER_TROUBLE,
      message: `${paths.dataDir} を作成または使用できません。（${detail}）\n情報システム担当に連絡してください。`
    }
  }

  // The default backup folder, shared like the data folder. The NSIS installer creates it; an MSI install does not,
  // and a folder made by one user's first backup would leave the others unable to rotate that user's backups.
  // Never a reason not to start: a backup reports its own failure.
  if (read.policy.backupDir === undefined) {
    try {
      ensureSharedFolder(paths.backupDir, deps.folders)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      deps.folders.log(`Could not prepare the backup folder ${paths.backupDir}: ${detail}`)
    }
  }

  let lock = acquireRegisterLock(paths.lockFile, deps.me, deps.lock)
  // Checked before Chromium touches the profile: another session's Chromium may hold files in it.
  if (lock.kind === 'otherSession') {
    return { kind: 'notice', title: '受付簿は別のセッションで使用中です', message: lockedMessage(lock.owner) }
  }
  const release = () => releaseRegisterLock(paths.lockFile, deps.me, deps.lock)
  deps.app.setPath('userData', paths.profileDir)
  deps.app.setAppLogsPath(paths.logsDir)
  // Per Windows session: a second copy for the same user hands over to the first and quits.
  if (!deps.app.requestSingleInstanceLock()) {
    if (lock.kind === 'acquired') release()
    return { kind: 'quit' }
  }
  // No other copy of ours runs in this session, so a lock of this same user is left over (e.g. a reused pid).
  if (lock.kind === 'sameUser') lock = takeOverRegisterLock(paths.lockFile, deps.me, deps.lock)
  if (lock.kind !== 'acquired') {
    return { kind: 'notice', title: '受付簿は別のセッションで使用中です', message: lockedMessage(lock.owner) }
  }

  const migration = migrateLegacyProfile({
    legacyDir: legacyUserDataDir(deps.appData),
    profileDir: paths.profileDir,
    now: deps.now,
    // The old folder is renamed only after the app has opened the copy and verified it (migration:finish).
    deferRename: true,
    fs: deps.migrationFs
  })
  if (migration.kind === 'failed') {
    release()
    return {
      kind: 'notice',
      title: '以前の受付簿を移せませんでした',
      message:
        `以前の版の受付簿（${legacyUserDataDir(deps.appData)}）を ${paths.profileDir} へ移す途中で問題が起きました。` +
        `元のフォルダーはそのまま残っています。（${migration.message}）\n` +
        'ディスクの空きを確かめてから、もう一度起動してください。続く場合は情報システム担当に連絡してください。'
    }
  }
  if (migration.kind === 'migrated') recordMigration(deps, paths, migration)
  return {
    kind: 'start',
    paths,
    settings: describeMachineSettings(paths, read.policy),
    policy: read.policy,
    migration,
    release
  }
}

/** Writes the record of a finished move from 0.1.0 into the logs folder, for IT. */
export function recordMigration(
  deps: Pick<StartupDeps, 'now' | 'me' | 'writeText' | 'folders'>,
  paths: MachinePaths,
  migration: Extract<MigrationResult, { kind: 'migrated' }>
): void {
  const record = {
    at: deps.now().toISOString(),
    user: deps.me.user,
    host: deps.me.host,
    to: paths.profileDir,
    ...migration
  }
  try {
    deps.writeText(path.join(paths.logsDir, 'migration-from-0.1.0.json'), `${JSON.stringify(record, null, 2)}\n`)
  } catch (error) {
    // The move itself succeeded and was verified; a missing record must not stop the register.
    deps.folders.log(`Could not write the migration record: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Shown after the window opens when this user's 0.1.0 register could not join the shared one. */
export function conflictMessage(legacyDir: string, profileDir: string): string {
  return (
    `この Windows ユーザーの以前の版の受付簿が ${legacyDir} に残っています。\n` +
    `この PC の受付簿（${profileDir}）には別の記録がすでにあるため、自動では移していません。` +
    '古いフォルダーは削除せず、情報システム担当に連絡してください（IT ガイド「以前の版から移す」）。'
  )
}
