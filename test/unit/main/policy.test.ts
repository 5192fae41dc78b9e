import { describe, expect, it } from 'vitest'
import { readMachinePolicy } from '../../../src/main/policy'

const FILE = 'C:\\ProgramData\\KaijiUketsukebo\\policy.json'

function reading(text: string) {
  return readMachinePolicy(FILE, { readText: () => text })
}

describe('IT policy file', () => {
  it('means "no policy" when the file does not exist', () => {
    const missing = Object.assign(new Error('no such file'), { code: 'ENOENT' })
    expect(
      readMachinePolicy(FILE, {
        readText: () => {
          throw missing
        }
      })
    ).toEqual({ ok: true, policy: {}, found: false })
  })

  it('reads every documented key, also from a file Notepad saved with a BOM', () => {
    const policy = {
      dataDir: 'D:\\KaijiUketsukebo',
      backupDir: '\\\\nas01\\backup\\KaijiUketsukebo',
      backupIntervalMinutes: 30,
      keepHourlyHours: 24,
      keepDailyDays: 14,
      keepMonthlyMonths: 36
    }
    expect(reading(`\uFEFF${JSON.stringify(policy)}`)).toEqual({ ok: true, policy, found: true })
  })

  it('stops with a Japanese message naming the key when a value is wrong', () => {
    const result = reading('{ "backupIntervalMinutes": 1, "dataDir": "data" }')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain('policy.json の内容が正しくありません')
    expect(result.message).toContain('backupIntervalMinutes')
    expect(result.message).toContain('dataDir')
  })

  it('refuses a misspelt key instead of ignoring it', () => {
    const result = reading('{ "backupDirectory": "D:\\\\Backup" }')
    expect(result.ok).toBe(false)
  })

  it('stops when the file is not JSON or cannot be read', () => {
    expect(reading('dataDir = D:\\Kaiji').ok).toBe(false)
    const denied = readMachinePolicy(FILE, {
      readText: () => {
        throw Object.assign(new Error('access denied'), { code: 'EACCES' })
      }
    })
    expect(denied.ok).toBe(false)
    expect(!denied.ok && denied.message).toContain('読めませんでした')
  })

  it('reads the sync keys when the server, database and user are all there (the password may be left out)', () => {
    const sync = { syncUrl: 'https://couch.clinic.local:6984', syncDatabase: 'kaiji_honin', syncUser: 'pc-uketsuke1' }
    expect(reading(JSON.stringify(sync))).toEqual({ ok: true, policy: sync, found: true })
    const withPassword = { ...sync, syncPassword: 'pw' }
    expect(reading(JSON.stringify(withPassword))).toEqual({ ok: true, policy: withPassword, found: true })
  })

  it('refuses sync keys given in part, a password alone, or a server over plain http', () => {
    const partial = reading('{ "syncUrl": "https://couch.clinic.local:6984", "syncUser": "pc1" }')
    expect(!partial.ok && partial.message).toContain(
      'syncDatabase: syncUrl・syncDatabase・syncUser は 3 つともそろえて'
    )
    const alone = reading('{ "syncPassword": "pw" }')
    expect(!alone.ok && alone.message).toContain('syncPassword は syncUrl・syncDatabase・syncUser と一緒に')
    const plain = reading('{ "syncUrl": "http://couch.clinic.local:5984", "syncDatabase": "kaiji", "syncUser": "pc1" }')
    expect(!plain.ok && plain.message).toContain('https://サーバー名:6984')
    const database = reading('{ "syncUrl": "https://couch:6984", "syncDatabase": "Kaiji", "syncUser": "pc1" }')
    expect(database.ok).toBe(false)
  })
})
