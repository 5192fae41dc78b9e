import { describe, expect, it } from 'vitest'
import { convergentOrder } from '../../../../src/renderer/src/domain/sync/order'
import { acceptContinuation } from '../../../../src/renderer/src/domain/sync/incoming'
import { receivedStaffRow, staffShare, pinDigestOf } from '../../../../src/renderer/src/domain/staffShare'
import { GENESIS_HASH, sealEntry, type AuditEntry } from '../../../../src/renderer/src/domain/audit'
import type { StaffRecord } from '../../../../src/renderer/src/domain/staff'

function chain(deviceId: string, times: string[], clinicId = 'clinic-1'): AuditEntry[] {
  let prevHash = GENESIS_HASH
  return times.map((at, i) => {
    const e = sealEntry({
      id: `${deviceId}-${String(i + 1)}`,
      clinicId,
      deviceId,
      deviceSeq: i + 1,
      at,
      actorId: 'staff-1',
      actorName: '佐藤',
      entity: 'request',
      entityId: 'req-1',
      action: 'request:hold',
      summary: `${deviceId} ${String(i + 1)}`,
      payload: { n: i },
      prevHash
    })
    prevHash = e.hash
    return e
  })
}

describe('the convergent order', () => {
  it('is the same whatever order the entries arrive in, keeps each device chain in order even when its clock went back', () => {
    const a = chain('dev-a', ['2026-11-25T01:00:00.000Z', '2026-11-25T00:30:00.000Z', '2026-11-25T03:00:00.000Z'])
    const b = chain('dev-b', ['2026-11-25T00:45:00.000Z', '2026-11-25T02:00:00.000Z'])
    const ids = (list: AuditEntry[]) => convergentOrder(list).map((e) => e.id)
    const one = ids([...a, ...b])
    expect(ids([...b].reverse().concat([...a].reverse()))).toEqual(one)
    expect(ids([b[1], a[2], a[0], b[0], a[1]].filter((e): e is AuditEntry => e !== undefined))).toEqual(one)
    // dev-a's second entry (clock went back) still follows its first.
    expect(one).toEqual(['dev-b-1', 'dev-a-1', 'dev-a-2', 'dev-b-2', 'dev-a-3'])
  })

  it('breaks a tie of times by device id', () => {
    const at = '2026-11-25T01:00:00.000Z'
    expect(convergentOrder([...chain('dev-z', [at]), ...chain('dev-m', [at])]).map((e) => e.deviceId)).toEqual([
      'dev-m',
      'dev-z'
    ])
  })
})

describe('accepting another device’s entries', () => {
  const times = ['2026-11-25T01:00:00.000Z', '2026-11-25T01:01:00.000Z', '2026-11-25T01:02:00.000Z']
  const expectOk = { clinicId: 'clinic-1', writer: 'pc-a' }
  const incoming = (list: AuditEntry[], writer = 'pc-a') => list.map((entry) => ({ entry, writer }))

  it('takes the run that continues the head and waits at a missing number', () => {
    const [e1, e2, e3] = chain('dev-a', times)
    if (!e1 || !e2 || !e3) throw new Error('chain')
    expect(acceptContinuation('dev-a', null, incoming([e3, e1]), expectOk)).toEqual({ accepted: [e1], refused: null })
    const head = { deviceId: 'dev-a', deviceSeq: 1, hash: e1.hash }
    expect(acceptContinuation('dev-a', head, incoming([e1, e2, e3]), expectOk).accepted).toEqual([e2, e3])
  })

  it('refuses an altered entry, a broken link, another clinic and another writer, taking nothing after', () => {
    const [e1, e2] = chain('dev-a', times)
    if (!e1 || !e2) throw new Error('chain')
    const altered = { ...e1, summary: '書き換え' }
    const run = acceptContinuation('dev-a', null, incoming([altered, e2]), expectOk)
    expect(run.accepted).toEqual([])
    expect(run.refused?.deviceSeq).toBe(1)
    expect(run.refused?.message).toContain('ハッシュが一致しません')
    const other = chain('dev-a', times, 'clinic-2')[0]
    if (!other) throw new Error('chain')
    expect(acceptContinuation('dev-a', null, incoming([other]), expectOk).refused?.message).toContain('別の医療機関')
    expect(acceptContinuation('dev-a', null, incoming([e1], 'pc-x'), expectOk).refused?.message).toContain(
      '端末を登録した PC 以外'
    )
    const head = { deviceId: 'dev-a', deviceSeq: 1, hash: '9'.repeat(64) }
    expect(acceptContinuation('dev-a', head, incoming([e2]), expectOk).refused?.message).toContain('つながり')
  })
})

describe('a staff row shared with the other PCs', () => {
  const row: StaffRecord = {
    id: 's1',
    clinicId: 'c',
    deviceId: 'd',
    name: '田中',
    role: 'reception',
    pinHash: 'pbkdf2-sha256$1$salt$hash',
    active: true,
    failures: 0,
    lockedUntil: null,
    createdAt: '2026-11-25T01:00:00.000Z',
    updatedAt: '2026-11-25T01:00:00.000Z'
  }

  it('carries no PIN hash in the entry, and the receiving PC takes only the credential the digest vouches for', () => {
    const share = staffShare(row)
    expect(JSON.stringify(share)).not.toContain('pbkdf2')
    expect(share.pinDigest).toBe(pinDigestOf(row.pinHash))
    expect(receivedStaffRow(share, row.pinHash, undefined).pinHash).toBe(row.pinHash)
    // A credential that is not the one the entry names is not taken: no PIN works until the right one arrives.
    expect(receivedStaffRow(share, 'pbkdf2-sha256$1$salt$other', undefined).pinHash).toBe('')
    // Without a credential, the PC keeps the hash it has when it is still the one named.
    expect(receivedStaffRow(share, null, row).pinHash).toBe(row.pinHash)
  })
})
