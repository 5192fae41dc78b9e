import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeMachineSettings, legacyUserDataDir, machineRoot, resolveMachinePaths } from '../../../src/main/paths'

const win = path.win32
const ROOT = machineRoot('C:\\ProgramData', win)

describe('machine paths', () => {
  it('puts the register in the machine-wide folder by default, the same for every Windows user', () => {
    const paths = resolveMachinePaths(ROOT, {}, win)
    expect(paths).toEqual({
      rootDir: 'C:\\ProgramData\\KaijiUketsukebo',
      policyFile: 'C:\\ProgramData\\KaijiUketsukebo\\policy.json',
      dataDir: 'C:\\ProgramData\\KaijiUketsukebo\\data',
      profileDir: 'C:\\ProgramData\\KaijiUketsukebo\\data\\profile',
      anchorFile: 'C:\\ProgramData\\KaijiUketsukebo\\data\\anchor.json',
      logsDir: 'C:\\ProgramData\\KaijiUketsukebo\\data\\logs',
      lockFile: 'C:\\ProgramData\\KaijiUketsukebo\\data\\register.lock',
      backupDir: 'C:\\ProgramData\\KaijiUketsukebo\\backups'
    })
  })

  it('moves profile, anchor, logs and lock together when the policy sets the data folder', () => {
    const paths = resolveMachinePaths(ROOT, { dataDir: 'D:\\Kaiji\\', backupDir: '\\\\nas01\\backup\\kaiji' }, win)
    expect(paths.policyFile).toBe('C:\\ProgramData\\KaijiUketsukebo\\policy.json')
    expect(paths.profileDir).toBe('D:\\Kaiji\\profile')
    expect(paths.anchorFile).toBe('D:\\Kaiji\\anchor.json')
    expect(paths.logsDir).toBe('D:\\Kaiji\\logs')
    expect(paths.lockFile).toBe('D:\\Kaiji\\register.lock')
    expect(paths.backupDir).toBe('\\\\nas01\\backup\\kaiji')
  })

  it('finds 0.1.0’s per-user register in %APPDATA%', () => {
    expect(legacyUserDataDir('C:\\Users\\uketsuke\\AppData\\Roaming', win)).toBe(
      'C:\\Users\\uketsuke\\AppData\\Roaming\\KaijiUketsukebo'
    )
  })

  it('tells 設定 which values the policy fixed and gives defaults for the rest', () => {
    const policy = { backupDir: 'E:\\Backup', keepDailyDays: 60 }
    const settings = describeMachineSettings(resolveMachinePaths(ROOT, policy, win), policy)
    expect(settings.fromPolicy).toEqual(['backupDir', 'keepDailyDays'])
    expect(settings.values).toEqual({
      dataDir: 'C:\\ProgramData\\KaijiUketsukebo\\data',
      backupDir: 'E:\\Backup',
      backupIntervalMinutes: 60,
      keepHourlyHours: 48,
      keepDailyDays: 60,
      keepMonthlyMonths: 24
    })
  })
})
