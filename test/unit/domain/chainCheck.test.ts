import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, sealEntry, verifyDeviceChain, type AuditEntry } from '../../../src/renderer/src/domain/audit'
import { createChainCheck } from '../../../src/renderer/src/domain/chainCheck'

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  for (let i = 1; i <= n; i++) {
    out.push(
      sealEntry({
        id: `entry-${i}`,
        clinicId: 'clinic-1',
        deviceId: 'device-1',
        deviceSeq: i,
        at: '2026-11-20T01:00:00.000Z',
        actorId: 'staff-1',
        actorName: '鈴木 受付',
        entity: 'session',
        entityId: 'staff-1',
        action: 'session:login',
        summary: 'ログイン',
        payload: { n: i },
        prevHash: out.at(-1)?.hash ?? GENESIS_HASH
      })
    )
  }
  return out
}

const head = (e: AuditEntry | undefined) => {
  if (!e) throw new Error('no entry')
  return { deviceId: e.deviceId, deviceSeq: e.deviceSeq, hash: e.hash }
}

describe('chain check: deletions are named once, by number', () => {
  it('a deleted middle entry is one problem: 「4番が削除されています」', () => {
    const problems = verifyDeviceChain(chain(9).filter((e) => e.deviceSeq !== 4))
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'gap', deviceSeq: 4, message: '4番が削除されています。' })
    ])
  })

  it('several deleted entries in a row are one problem naming the range', () => {
    const problems = verifyDeviceChain(chain(9).filter((e) => e.deviceSeq < 3 || e.deviceSeq > 6))
    expect(problems.map((p) => p.message)).toEqual(['3〜6番が削除されています。'])
  })

  it('deleting the newest entries is found against the anchored head: 「N番以降が削除されています」', () => {
    const entries = chain(10)
    const anchor = head(entries.at(-1))
    expect(verifyDeviceChain(entries.slice(0, 7), anchor)).toEqual([
      expect.objectContaining({
        kind: 'tail',
        deviceSeq: 8,
        message: expect.stringContaining('8番以降が削除されています') as unknown
      })
    ])
    // Without the anchor the shortened chain looks whole: that is why the head is kept outside the database.
    expect(verifyDeviceChain(entries.slice(0, 7))).toEqual([])
  })

  it('deleting every entry of a device is found against its anchored head', () => {
    const anchor = head(chain(3).at(-1))
    expect(verifyDeviceChain([], anchor).map((p) => p.message)).toEqual([
      expect.stringContaining('1番以降が削除されています')
    ])
  })

  it('an anchor older than the head (a crash before the anchor was written) is no problem', () => {
    const entries = chain(6)
    expect(verifyDeviceChain(entries, head(entries[3]))).toEqual([])
  })

  it('a chain rebuilt and re-sealed from a middle entry on differs from the anchored head', () => {
    const entries = chain(5)
    const anchor = head(entries.at(-1))
    const forged: AuditEntry[] = entries.slice(0, 2)
    for (const e of entries.slice(2))
      forged.push(sealEntry({ ...e, summary: `${e.summary}(改)`, prevHash: forged.at(-1)?.hash ?? GENESIS_HASH }))
    expect(verifyDeviceChain(forged, anchor)).toEqual([expect.objectContaining({ kind: 'anchor', deviceSeq: 5 })])
  })
})

describe('chain check in pages with a checkpoint', () => {
  it('gives the same answer page by page as all at once', () => {
    const entries = chain(25).filter((e) => e.deviceSeq !== 11)
    const check = createChainCheck('device-1')
    for (let i = 0; i < entries.length; i += 4) check.push(entries.slice(i, i + 4))
    expect(check.end()).toEqual(verifyDeviceChain(entries))
    expect(check.head()).toEqual(head(entries.at(-1)))
  })

  it('does not hash entries up to the checkpoint again, but still finds a changed checkpoint entry', () => {
    const entries = chain(6)
    const checkpoint = head(entries[3])
    const oldEdited = entries.map((e) => (e.deviceSeq === 2 ? { ...e, summary: '書き換え' } : e))
    const quick = createChainCheck('device-1', { checkpoint })
    quick.push(oldEdited)
    expect(quick.end()).toEqual([])
    const newEdited = entries.map((e) => (e.deviceSeq === 5 ? { ...e, summary: '書き換え' } : e))
    const again = createChainCheck('device-1', { checkpoint })
    again.push(newEdited)
    expect(again.end().map((p) => p.deviceSeq)).toEqual([5])
    const resealed = entries.map((e) => (e.deviceSeq === 4 ? sealEntry({ ...e, summary: '書き換え' }) : e))
    const third = createChainCheck('device-1', { checkpoint })
    third.push(resealed)
    expect(third.end().map((p) => p.kind)).toEqual(['entry', 'link'])
  })

  it('starting at the checkpoint reads nothing before it, yet finds it changed, deleted, or followed by a gap', () => {
    const entries = chain(8)
    const checkpoint = head(entries[4])
    const from = (list: AuditEntry[]) => {
      const check = createChainCheck('device-1', { checkpoint, fromCheckpoint: true })
      check.push(list.filter((e) => e.deviceSeq >= 5))
      return check
    }
    const clean = from(entries)
    expect(clean.end()).toEqual([])
    expect(clean.head()).toEqual(head(entries.at(-1)))
    // The checkpoint's own entry replaced by another with a valid hash of its own.
    const replaced = entries.map((e) => (e.deviceSeq === 5 ? sealEntry({ ...e, summary: '差し替え' }) : e))
    expect(
      from(replaced)
        .end()
        .map((p) => [p.deviceSeq, p.kind])
    ).toEqual([
      [5, 'entry'],
      [6, 'link']
    ])
    expect(
      from(entries.filter((e) => e.deviceSeq !== 5))
        .end()
        .map((p) => p.message)
    ).toEqual(['5番が削除されています。'])
    expect(
      from(entries.filter((e) => e.deviceSeq !== 7))
        .end()
        .map((p) => p.message)
    ).toEqual(['7番が削除されています。'])
    const emptied = from(entries.filter((e) => e.deviceSeq < 5))
    expect(emptied.end().map((p) => p.message)).toEqual(['5番以降が削除されています(控えでは 5番まであります)。'])
    expect(emptied.head()).toBeNull()
    // A new entry after the checkpoint whose content was edited is still hashed.
    const newEdited = entries.map((e) => (e.deviceSeq === 7 ? { ...e, summary: '書き換え' } : e))
    expect(
      from(newEdited)
        .end()
        .map((p) => [p.deviceSeq, p.kind])
    ).toEqual([[7, 'entry']])
  })
})
