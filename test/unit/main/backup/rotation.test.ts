import { describe, expect, it } from 'vitest'
import { backupsToKeep, DEFAULT_ROTATION, type Dated } from '../../../../src/main/backup/rotation'
import { backupFileNameFor, backupTimeOf } from '../../../../src/main/backup/fileNames'

const NOW = new Date('2026-11-25T03:00:00.000Z') // 12:00 in Japan
const HOUR = 3_600_000
const ago = (hours: number): Dated => ({ name: `h${String(hours)}`, createdAt: new Date(NOW.getTime() - hours * HOUR) })

describe('backupsToKeep', () => {
  it.each([
    { what: 'every backup of the last 24 hours', files: [1, 2, 3, 23].map(ago), kept: ['h1', 'h2', 'h3', 'h23'] },
    { what: 'only the newest of each older day', files: [49, 50, 51].map(ago), kept: ['h49'] },
    { what: 'one per day for 30 days', files: [30 * 24 - 2, 31 * 24 + 5].map(ago), kept: ['h718'] },
    { what: 'one per month beyond 30 days', files: [24 * 40, 24 * 41, 24 * 75].map(ago), kept: ['h960', 'h1800'] },
    {
      what: 'nothing older than 12 months except the newest backup',
      files: [24 * 400, 24 * 500].map(ago),
      kept: ['h9600']
    }
  ])('keeps $what', ({ files, kept }) => {
    // The newest of all is always kept, whatever its age.
    expect([...backupsToKeep(files, NOW)].sort()).toEqual([...kept].sort())
  })

  it('caps the recent backups at the configured number, keeping the newest', () => {
    const files = Array.from({ length: 10 }, (_, i) => ago((i + 1) / 4))
    const keep = backupsToKeep(files, NOW, { ...DEFAULT_ROTATION, recentCap: 3, dailyDays: 0, monthlyMonths: 0 })
    expect([...keep]).toEqual(['h0.25', 'h0.5', 'h0.75'])
  })

  it('counts days in Japan time, not UTC', () => {
    // 23:30 and 00:30 in Japan on consecutive days: two days, so both are kept as their day's newest.
    const late = { name: 'late', createdAt: new Date('2026-11-20T14:30:00.000Z') }
    const early = { name: 'early', createdAt: new Date('2026-11-20T15:30:00.000Z') }
    expect(backupsToKeep([late, early], NOW).size).toBe(2)
    expect(backupsToKeep([late, early], NOW, { ...DEFAULT_ROTATION, utcOffsetMinutes: 0 }).size).toBe(1)
  })
})

describe('backup file names', () => {
  it('round-trip their creation time and ignore foreign files', () => {
    const at = new Date('2026-11-25T03:04:05.678Z')
    expect(backupFileNameFor(at)).toBe('kaiji-backup-20261125T030405Z.json.gz')
    expect(backupTimeOf(backupFileNameFor(at, 2))?.toISOString()).toBe('2026-11-25T03:04:05.000Z')
    expect(backupTimeOf('notes.txt')).toBeNull()
  })
})
