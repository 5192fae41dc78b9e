import { describe, expect, it } from 'vitest'
import { isOverdue, type BackupStatus } from '../../../src/renderer/src/features/backup/backupStatus'

const none: BackupStatus = {
  lastSuccessAt: null,
  lastError: null,
  running: false,
  firstScheduled: false,
  separateDisk: true
}
const now = new Date('2026-11-25T03:00:00.000Z')

describe('isOverdue (backups)', () => {
  it('calls a register without any backup overdue, unless its first one is booked for shortly after opening', () => {
    expect(isOverdue(none, now, 30, true)).toBe(true)
    expect(isOverdue({ ...none, firstScheduled: true }, now, 30, true)).toBe(false)
    expect(isOverdue(none, now, 30, false)).toBe(false)
  })

  it('calls a backup older than two intervals overdue', () => {
    expect(isOverdue({ ...none, lastSuccessAt: '2026-11-25T02:30:00.000Z' }, now, 30, true)).toBe(false)
    expect(isOverdue({ ...none, lastSuccessAt: '2026-11-25T01:50:00.000Z' }, now, 30, true)).toBe(true)
  })
})
