// Where this PC keeps the register: one machine-wide folder for every Windows user, or where IT's policy says.
// Pure: the caller passes the machine root and the policy, so the rules are table-tested on any OS.
import nodePath from 'node:path'
import type { PlatformPath } from 'node:path'
import { DEFAULT_BACKUP_SCHEDULE, MACHINE_SETTING_KEYS } from '../shared/machinePolicy'
import type { MachinePolicy, MachineSettings } from '../shared/machinePolicy'

/** The folder name under %ProgramData% (and, in 0.1.0, under %APPDATA%). Part of where data lives: never change it. */
export const APP_FOLDER_NAME = 'KaijiUketsukebo'

export interface MachinePaths {
  /** %ProgramData%\KaijiUketsukebo: policy.json lives here, writable by administrators only. */
  rootDir: string
  policyFile: string
  /** The register's folder; every local user may write in it. */
  dataDir: string
  /** Chromium's userData: the IndexedDB of app://bundle and the rest of the browser profile. */
  profileDir: string
  /** Chain heads and row counts outside IndexedDB, to tell a vanished register from a first start. */
  anchorFile: string
  logsDir: string
  /** Held by the one session that has the register open. */
  lockFile: string
  backupDir: string
}

/** The machine root: %ProgramData%\KaijiUketsukebo. */
export function machineRoot(programData: string, path: PlatformPath = nodePath): string {
  return path.join(programData, APP_FOLDER_NAME)
}

/** 0.1.0 kept the register per Windows user, in %APPDATA%\KaijiUketsukebo. */
export function legacyUserDataDir(appData: string, path: PlatformPath = nodePath): string {
  return path.join(appData, APP_FOLDER_NAME)
}

export function resolveMachinePaths(
  rootDir: string,
  policy: MachinePolicy,
  path: PlatformPath = nodePath
): MachinePaths {
  const dataDir = path.resolve(policy.dataDir ?? path.join(rootDir, 'data'))
  return {
    rootDir,
    policyFile: path.join(rootDir, 'policy.json'),
    dataDir,
    profileDir: path.join(dataDir, 'profile'),
    anchorFile: path.join(dataDir, 'anchor.json'),
    logsDir: path.join(dataDir, 'logs'),
    lockFile: path.join(dataDir, 'register.lock'),
    backupDir: path.resolve(policy.backupDir ?? path.join(rootDir, 'backups'))
  }
}

/** What 設定 shows: the values in force, and which keys the policy fixed. */
export function describeMachineSettings(paths: MachinePaths, policy: MachinePolicy): MachineSettings {
  return {
    policyFile: paths.policyFile,
    values: {
      dataDir: paths.dataDir,
      backupDir: paths.backupDir,
      backupIntervalMinutes: policy.backupIntervalMinutes ?? DEFAULT_BACKUP_SCHEDULE.backupIntervalMinutes,
      keepHourlyHours: policy.keepHourlyHours ?? DEFAULT_BACKUP_SCHEDULE.keepHourlyHours,
      keepDailyDays: policy.keepDailyDays ?? DEFAULT_BACKUP_SCHEDULE.keepDailyDays,
      keepMonthlyMonths: policy.keepMonthlyMonths ?? DEFAULT_BACKUP_SCHEDULE.keepMonthlyMonths
    },
    fromPolicy: MACHINE_SETTING_KEYS.filter((key) => policy[key] !== undefined)
  }
}
