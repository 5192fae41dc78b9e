import { describe, expect, it } from 'vitest'
import { replayRequest } from '../../../src/renderer/src/domain/replay'
import { requestRowHash } from '../../../src/renderer/src/domain/requestHash'
import { verifyRegister } from '../../../src/renderer/src/db/integrity'
import { buildMixedRegister } from './workflowMix'

describe('replay rebuilds every request from the audit trail alone', () => {
  it('folds the entries of 220 requests (every workflow path, letters, corrections, a bulk import) into their stored rows exactly', async () => {
    const ctx = await buildMixedRegister(200, 20)
    const rows = await ctx.db.requests.toArray()
    expect(rows).toHaveLength(220)
    const entries = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').toArray()
    const byRequest = new Map<string, typeof entries>()
    for (const e of entries.filter((x) => x.entity === 'request'))
      byRequest.set(e.entityId, [...(byRequest.get(e.entityId) ?? []), e])
    const statuses = new Set<string>()
    for (const row of rows) {
      const replayed = replayRequest(byRequest.get(row.id) ?? [])
      if (!replayed.ok) throw new Error(`${row.receiptNo}: ${replayed.reason}`)
      expect(replayed.row, row.receiptNo).toEqual(row)
      expect(requestRowHash(replayed.row)).toBe(requestRowHash(row))
      statuses.add(row.status)
    }
    // Every end and waiting state was reached, so every kind of change was replayed.
    expect([...statuses].sort()).toEqual(
      [
        'approved',
        'awaitingApproval',
        'closed',
        'identityFailed',
        'identityPending',
        'investigating',
        'notified',
        'received',
        'withdrawn'
      ].sort()
    )
    expect((await verifyRegister(ctx)).problems).toEqual([])
    ctx.db.close()
  }, 120_000)

  it('refuses to guess: a change with no create before it, or a legacy payload, is reported, not rebuilt', async () => {
    const ctx = await buildMixedRegister(3)
    const entries = (await ctx.db.audit.orderBy('[deviceId+deviceSeq]').toArray()).filter((e) => e.entity === 'request')
    const first = entries[0]
    if (!first) throw new Error('no entries')
    const ofFirst = entries.filter((e) => e.entityId === first.entityId)
    expect(replayRequest(ofFirst.slice(1))).toMatchObject({ ok: false })
    expect(replayRequest([{ ...first, payload: makeLegacy() }])).toMatchObject({ ok: false, reason: '旧形式の記録' })
    ctx.db.close()
  })
})

function makeLegacy() {
  return { receivedOn: '2026-11-20', kind: 'disclosure' }
}
