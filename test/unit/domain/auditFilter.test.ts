import { describe, expect, it } from 'vitest'
import {
  auditCsv,
  auditEntryMatches,
  auditInstantRange,
  compareNewestFirst,
  isAfterCursor
} from '../../../src/renderer/src/domain/auditFilter'
import type { AuditEntry } from '../../../src/renderer/src/domain/audit'

describe('the 監査記録 filter', () => {
  it('takes Japan calendar days: 11/25 runs from 11/24 15:00 UTC to 11/25 15:00 UTC', () => {
    expect(auditInstantRange('2026-11-25', '2026-11-25')).toEqual({
      lo: '2026-11-24T15:00:00.000Z',
      hi: '2026-11-25T15:00:00.000Z'
    })
    expect(auditInstantRange('', '')).toEqual({ lo: '', hi: '\uffff' })
    expect(auditInstantRange('', '2026-12-31').hi).toBe('2026-12-31T15:00:00.000Z')
  })

  it('matches staff, action and days together', () => {
    const e = { actorId: 's1', action: 'request:create', at: '2026-11-24T16:00:00.000Z' }
    const none = { actorId: '', action: '', from: '', to: '' }
    expect(auditEntryMatches(e, none)).toBe(true)
    expect(auditEntryMatches(e, { ...none, from: '2026-11-25', to: '2026-11-25' })).toBe(true)
    expect(auditEntryMatches(e, { ...none, to: '2026-11-24' })).toBe(false)
    expect(auditEntryMatches(e, { ...none, actorId: 's2' })).toBe(false)
    expect(auditEntryMatches(e, { ...none, action: 'request:view' })).toBe(false)
  })

  it('pages newest first, entries of the same instant by id, starting just after the cursor', () => {
    const a = { at: '2026-11-25T01:00:00.000Z', id: 'b' }
    const b = { at: '2026-11-25T01:00:00.000Z', id: 'a' }
    const c = { at: '2026-11-24T01:00:00.000Z', id: 'z' }
    expect([c, b, a].sort(compareNewestFirst)).toEqual([a, b, c])
    expect(isAfterCursor(b, a)).toBe(true)
    expect(isAfterCursor(a, a)).toBe(false)
    expect(isAfterCursor(a, b)).toBe(false)
    expect(isAfterCursor(c, b)).toBe(true)
  })

  it('writes an exported range with the action in words and what each entry concerns', () => {
    const entry = {
      at: '2026-11-25T01:00:00.000Z',
      deviceId: 'abcdef0123456789',
      deviceSeq: 7,
      action: 'request:create',
      summary: '=受付 2026-0001',
      actorName: '鈴木 受付'
    } as AuditEntry
    const csv = auditCsv(
      [{ entry, receiptNo: '2026-0001', requestId: 'r1', staffName: null }],
      () => '2026/11/25 10:00'
    )
    expect(csv.split('\r\n')).toEqual([
      '日時,端末,番号,操作,内容,対象,担当',
      "2026/11/25 10:00,abcdef01,7,受付の登録,'=受付 2026-0001,受付番号 2026-0001,鈴木 受付",
      ''
    ])
  })
})
