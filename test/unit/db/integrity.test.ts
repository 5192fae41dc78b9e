import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { verifyRegister } from '../../../src/renderer/src/db/integrity'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { appendAudit, recordEvent } from '../../../src/renderer/src/db/auditLog'
import { recordRequestView } from '../../../src/renderer/src/db/accessLog'
import type { ChainHead } from '../../../src/renderer/src/domain/audit'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { RECEPTION, makeIntake } from '../requestFixtures'
import { buildMixedRegister, freshRegister } from './workflowMix'

const messages = (r: { problems: { message: string }[] }) => r.problems.map((p) => p.message)

async function headOf(ctx: Awaited<ReturnType<typeof buildMixedRegister>>): Promise<ChainHead> {
  const last = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
  if (!last) throw new Error('empty chain')
  return { deviceId: last.deviceId, deviceSeq: last.deviceSeq, hash: last.hash }
}

describe('the 監査記録 check names what was changed outside the app', () => {
  it('a request row edited directly in IndexedDB is named by its 受付番号', async () => {
    const ctx = await buildMixedRegister(12)
    const row = await ctx.db.requests.where('receiptNo').equals('2026-0006').first()
    if (!row) throw new Error('missing row')
    await ctx.db.requests.put({ ...row, person: { ...row.person, address: '書き換えた住所' } })
    expect(messages(await verifyRegister(ctx))).toEqual([
      '受付番号 2026-0006 の請求がアプリの外で書き換えられています(最後の記録の内容と一致しません)。'
    ])
  })

  it('a row edited after staff only opened it is still named: a view does not vouch for the row', async () => {
    const ctx = await buildMixedRegister(12)
    const row = await ctx.db.requests.where('receiptNo').equals('2026-0006').first()
    if (!row) throw new Error('missing row')
    await recordRequestView(ctx, RECEPTION, row.id, row.receiptNo)
    await ctx.db.requests.put({ ...row, person: { ...row.person, address: '書き換えた住所' } })
    expect(messages(await verifyRegister(ctx))).toEqual([
      '受付番号 2026-0006 の請求がアプリの外で書き換えられています(最後の記録の内容と一致しません)。'
    ])
  })

  it('a request row deleted directly is named once, not also as an unused number', async () => {
    const ctx = await buildMixedRegister(5)
    const row = await ctx.db.requests.where('receiptNo').equals('2026-0003').first()
    if (!row) throw new Error('missing row')
    await ctx.db.requests.delete(row.id)
    expect(messages(await verifyRegister(ctx))).toEqual([
      '受付番号 2026-0003 の請求が削除されています(監査記録には登録があります)。'
    ])
  })

  it('a row added behind the app, and a number given out with no request, are both named', async () => {
    const ctx = await buildMixedRegister(3)
    const row = await ctx.db.requests.where('receiptNo').equals('2026-0001').first()
    if (!row) throw new Error('missing row')
    await ctx.db.requests.add({ ...row, id: 'forged', receiptNo: '2026-0099' })
    const numbering = await ctx.db.numbering.toArray()
    const year = numbering[0]
    if (!year) throw new Error('no numbering row')
    await ctx.db.numbering.put({ ...year, next: year.next + 1 })
    expect(messages(await verifyRegister(ctx)).sort()).toEqual(
      [
        '受付番号 2026-0099 の請求には監査記録がありません。アプリの外で追加された可能性があります。',
        '受付番号 2026-0004 は採番されていますが、請求も削除の記録もありません。'
      ].sort()
    )
  })

  it('a purge that lists its 受付番号 accounts for the numbers it removed', async () => {
    const ctx = await buildMixedRegister(4)
    const row = await ctx.db.requests.where('receiptNo').equals('2026-0004').first()
    if (!row) throw new Error('missing row')
    await ctx.db.transaction('rw', [ctx.db.requests, ctx.db.audit], async () => {
      await ctx.db.requests.delete(row.id)
      const entries = await ctx.db.audit.where('entityId').equals(row.id).toArray()
      await ctx.db.audit.bulkPut(entries.map((e) => ({ ...e, payload: null })))
    })
    await recordEvent(ctx, RECEPTION, {
      entity: 'retention',
      entityId: 'purge',
      action: 'retention:purge',
      summary: '保存期間を過ぎた請求 1件を消去',
      payload: { count: 1, receiptNos: ['2026-0004'] }
    })
    expect((await verifyRegister(ctx)).problems).toEqual([])
  })

  it('a deleted middle entry is one problem; deleted newest entries are found against the anchored head', async () => {
    const ctx = await buildMixedRegister(6)
    const anchor = await headOf(ctx)
    await ctx.db.audit.where('[deviceId+deviceSeq]').equals([ctx.deviceId, 4]).delete()
    expect(messages(await verifyRegister(ctx, { anchors: [anchor] }))).toEqual(['4番が削除されています。'])
    const cut = anchor.deviceSeq - 2
    await ctx.db.audit.where('[deviceId+deviceSeq]').between([ctx.deviceId, cut], [ctx.deviceId, Dexie.maxKey]).delete()
    const report = await verifyRegister(ctx, { anchors: [anchor] })
    expect(report.problems.filter((p) => p.kind === 'tail').map((p) => p.message)).toEqual([
      `${cut}番以降が削除されています(控えでは ${anchor.deviceSeq}番まであります)。`
    ])
  })

  it('reads in pages, reports progress to the end, and a later check from the checkpoint hashes only what is new', async () => {
    const ctx = await buildMixedRegister(8)
    const seen: number[] = []
    const first = await verifyRegister(ctx, { pageSize: 7, onProgress: (done, total) => seen.push(done / total) })
    expect(first.problems).toEqual([])
    expect(seen.at(-1)).toBe(1)
    expect(seen.length).toBeGreaterThan(5)
    // An old entry edited after the checkpoint is not re-hashed by the quick check, but a full check finds it.
    await ctx.db.audit.where('[deviceId+deviceSeq]').equals([ctx.deviceId, 2]).modify({ summary: '書き換え' })
    expect((await verifyRegister(ctx, { checkpoint: first.heads })).problems).toEqual([])
    expect(messages(await verifyRegister(ctx))).toEqual([expect.stringContaining('2番の内容がハッシュと一致しません')])
  })
})

describe('a check from the checkpoint with the trail kept by the last clean one reads only what is new', () => {
  async function checkedOnce(n: number) {
    const ctx = await buildMixedRegister(n)
    const first = await verifyRegister(ctx)
    expect(first.problems).toEqual([])
    return { ctx, first, from: { checkpoint: first.heads, trail: first.trail } }
  }

  it('reads only the checkpoint entry and those after it, and the kept trail is left as it was', async () => {
    const { ctx, first, from } = await checkedOnce(6)
    const before = first.trail.requests.size
    const totals: number[] = []
    const quick = await verifyRegister(ctx, { ...from, onProgress: (_, total) => totals.push(total) })
    expect(quick.problems).toEqual([])
    expect(quick.checked).toBe(1)
    expect(totals.at(-1)).toBe(1 + quick.requests)
    await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const later = await verifyRegister(ctx, from)
    expect(later.problems).toEqual([])
    // The checkpoint entry, then the new request's number and its creation.
    expect(later.checked).toBe(1 + (later.heads[0]?.deviceSeq ?? 0) - (first.heads[0]?.deviceSeq ?? 0))
    expect(later.trail.requests.size).toBe(before + 1)
    expect(first.trail.requests.size).toBe(before)
  })

  it('still finds a row edited, a row deleted or added behind the app, and a changed checkpoint entry', async () => {
    const { ctx, from } = await checkedOnce(6)
    const row = await ctx.db.requests.where('receiptNo').equals('2026-0002').first()
    const other = await ctx.db.requests.where('receiptNo').equals('2026-0004').first()
    if (!row || !other) throw new Error('missing row')
    await ctx.db.requests.put({ ...row, person: { ...row.person, address: '書き換えた住所' } })
    await ctx.db.requests.delete(other.id)
    await ctx.db.requests.add({ ...other, id: 'forged', receiptNo: '2026-0099' })
    expect(messages(await verifyRegister(ctx, from)).sort()).toEqual(
      [
        '受付番号 2026-0002 の請求がアプリの外で書き換えられています(最後の記録の内容と一致しません)。',
        '受付番号 2026-0004 の請求が削除されています(監査記録には登録があります)。',
        '受付番号 2026-0099 の請求には監査記録がありません。アプリの外で追加された可能性があります。'
      ].sort()
    )
    const head = from.checkpoint[0]
    if (!head) throw new Error('no head')
    await ctx.db.audit.where('[deviceId+deviceSeq]').equals([head.deviceId, head.deviceSeq]).delete()
    expect(messages(await verifyRegister(ctx, from))).toContain(
      `${head.deviceSeq}番以降が削除されています(控えでは ${head.deviceSeq}番まであります)。`
    )
  })

  it('does not read entries before the checkpoint (a full check does), and without a checkpoint ignores the trail', async () => {
    const { ctx, first, from } = await checkedOnce(6)
    await ctx.db.audit.where('[deviceId+deviceSeq]').equals([ctx.deviceId, 3]).delete()
    expect((await verifyRegister(ctx, from)).problems).toEqual([])
    expect(messages(await verifyRegister(ctx, { trail: first.trail }))).toEqual(['3番が削除されています。'])
    expect(messages(await verifyRegister(ctx))).toEqual(['3番が削除されています。'])
  })
})

describe('the anchored head follows committed writes only', () => {
  it('tells the app the new head after a commit, and nothing when the write is refused', async () => {
    const { ctx } = await freshRegister()
    const heads: ChainHead[] = []
    const watched = { ...ctx, onCommitted: (h: ChainHead) => heads.push(h) }
    await createRequest(watched, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const last = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
    expect(heads.at(-1)).toEqual({ deviceId: ctx.deviceId, deviceSeq: 2, hash: last?.hash })
    const told = heads.length
    // An entry appended in a transaction that then fails is rolled back: the anchored head must not move.
    await expect(
      ctx.db.transaction('rw', ctx.db.audit, async () => {
        await appendAudit(
          watched,
          RECEPTION,
          { entity: 'session', entityId: 'x', action: 'session:login', summary: 'ログイン', payload: null },
          '2026-11-20T02:00:00.000Z'
        )
        throw new Error('refused')
      })
    ).rejects.toThrow('refused')
    expect(heads).toHaveLength(told)
  })
})
