import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, sealEntry, verifyDeviceChain, type AuditEntry } from '../../../src/renderer/src/domain/audit'

/** A chain of `n` sealed entries for one device, as appendAudit builds it. */
function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  for (let i = 1; i <= n; i++) {
    out.push(
      sealEntry({
        id: `entry-${i}`,
        clinicId: 'clinic-1',
        deviceId: 'device-1',
        deviceSeq: i,
        at: `2026-11-${String(10 + i).padStart(2, '0')}T01:00:00.000Z`,
        actorId: 'staff-1',
        actorName: '鈴木 受付',
        entity: 'request',
        entityId: `req-${i}`,
        action: 'request:create',
        summary: `受付 2026-000${i}`,
        payload: { person: { name: `患者 ${i}` }, fee: i * 100 },
        prevHash: out.at(-1)?.hash ?? GENESIS_HASH
      })
    )
  }
  return out
}

const HASHED_FIELDS = [
  'id',
  'clinicId',
  'deviceId',
  'deviceSeq',
  'at',
  'actorId',
  'actorName',
  'entity',
  'entityId',
  'action',
  'summary',
  'payloadHash',
  'prevHash',
  'hash'
] as const

function edited(entries: AuditEntry[], index: number, change: (e: AuditEntry) => AuditEntry): AuditEntry[] {
  return entries.map((e, i) => (i === index ? change(e) : e))
}

describe('audit hash chain', () => {
  it('a chain built entry by entry verifies', () => {
    const entries = chain(5)
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH)
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash)
    expect(verifyDeviceChain(entries)).toEqual([])
  })

  it.each(HASHED_FIELDS.map((f) => [f] as const))('editing %s of a middle entry is detected at that entry', (field) => {
    const entries = chain(5)
    const tampered = edited(entries, 2, (e) => {
      const value = e[field]
      return { ...e, [field]: typeof value === 'number' ? value + 10 : `${value}x` }
    })
    const problems = verifyDeviceChain(tampered)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.map((p) => p.deviceSeq)).toContain(field === 'deviceSeq' ? 13 : 3)
  })

  it('editing a payload is detected even though the entry hash covers only its hash', () => {
    const tampered = edited(chain(4), 1, (e) => ({ ...e, payload: { person: { name: '別人' }, fee: 200 } }))
    expect(verifyDeviceChain(tampered)).toEqual([
      expect.objectContaining({ deviceSeq: 2, message: expect.stringContaining('変更内容') as unknown })
    ])
  })

  it('deleting a middle entry is detected', () => {
    const entries = chain(5)
    const problems = verifyDeviceChain(entries.filter((_, i) => i !== 2))
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.some((p) => p.message.includes('削除'))).toBe(true)
  })

  it('deleting the first entry is detected', () => {
    expect(verifyDeviceChain(chain(3).slice(1)).length).toBeGreaterThan(0)
  })

  it('reordering two entries is detected', () => {
    const [a, b, c, d] = chain(4)
    if (!a || !b || !c || !d) throw new Error('chain too short')
    expect(verifyDeviceChain([a, c, b, d]).length).toBeGreaterThan(0)
  })

  it('an inserted entry re-sealed by hand still breaks the link to the next one', () => {
    const entries = chain(3)
    const [first, second] = entries
    if (!first || !second) throw new Error('chain too short')
    const forged = sealEntry({ ...second, id: 'forged', summary: '偽の記録', prevHash: first.hash })
    expect(verifyDeviceChain([first, forged, ...entries.slice(2)]).length).toBeGreaterThan(0)
  })

  it('blanking old payloads to null (a retention purge) still verifies', () => {
    const purged = chain(5).map((e, i) => (i < 3 ? { ...e, payload: null } : e))
    expect(verifyDeviceChain(purged)).toEqual([])
  })
})
