// The register store reads the summaries once per session and is patched from committed writes.
import { describe, expect, it, vi } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { registerStore } from '../../../src/renderer/src/db/registerStore'
import { allSummaries, newestSummaries } from '../../../src/renderer/src/db/summaries'
import { DomainError, applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { purgeRequests } from '../../../src/renderer/src/db/retention'
import { MANAGER, RECEPTION, makeIntake, seedStaff, backedUp } from '../requestFixtures'

async function freshContext(): Promise<DbContext> {
  const ctx = await openContext(
    new RegisterDb(`store-${crypto.randomUUID()}`),
    () => new Date('2026-11-25T01:00:00.000Z')
  )
  await seedStaff(ctx)
  return ctx
}

describe('register store', () => {
  it('reads the register once, then shows a new request and a transition without reading it again', async () => {
    const ctx = await freshContext()
    const first = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const store = registerStore(ctx)
    // The first screen by the receivedOn index, then the whole read from its first page in id order.
    const reads = vi.spyOn(ctx.db.summaries, 'orderBy')
    expect((await store.load()).rows.map((s) => s.id)).toEqual([first.id])
    const seen: number[] = []
    store.subscribe(() => seen.push(store.current()?.version ?? -1))

    const second = await createRequest(
      ctx,
      RECEPTION,
      makeIntake({ receivedOn: '2026-11-21', person: { ...makeIntake().person, name: '鈴木 花子' } }),
      DEFAULT_DEADLINE_RULE
    )
    await applyRequestEvent(ctx, RECEPTION, first.id, { type: 'hold', reason: '書類待ち' })

    const now = store.current()
    expect(now?.rows.map((s) => [s.name, s.status])).toEqual([
      ['鈴木 花子', 'received'],
      ['山田 太郎', 'onHold']
    ])
    expect(now?.byId.get(second.id)?.receiptNo).toBe('2026-0002')
    expect(seen).toEqual([1, 2])
    expect(reads.mock.calls).toEqual([['receivedOn'], [':id']])
    expect(registerStore(ctx)).toBe(store)
  })

  it('signals nothing for a write that was refused and rolled back', async () => {
    const ctx = await freshContext()
    const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const store = registerStore(ctx)
    await store.load()
    const listener = vi.fn()
    store.subscribe(listener)
    await expect(applyRequestEvent(ctx, RECEPTION, r.id, { type: 'approve', comment: '' })).rejects.toThrow(DomainError)
    await expect(
      ctx.db.transaction('rw', [ctx.db.requests, ctx.db.summaries, ctx.db.staff, ctx.db.audit], async () => {
        await applyRequestEvent(ctx, RECEPTION, r.id, { type: 'hold', reason: '書類待ち' })
        throw new Error('later step failed')
      })
    ).rejects.toThrow('later step failed')
    expect(listener).not.toHaveBeenCalled()
    expect(store.current()?.byId.get(r.id)?.status).toBe('received')
  })

  it('keeps a change committed while the first read was running', async () => {
    const ctx = await freshContext()
    const store = registerStore(ctx)
    const loading = store.load()
    const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await loading
    expect(store.current()?.rows.map((s) => s.id)).toEqual([r.id])
  })

  it('drops requests a retention purge deleted, without reading the register again', async () => {
    let now = new Date('2020-04-01T01:00:00.000Z')
    const ctx = await openContext(new RegisterDb(`store-${crypto.randomUUID()}`), () => now)
    await seedStaff(ctx)
    const old = await createRequest(ctx, RECEPTION, makeIntake({ receivedOn: '2020-04-01' }), DEFAULT_DEADLINE_RULE)
    await applyRequestEvent(ctx, RECEPTION, old.id, { type: 'withdraw', reason: '申出' })
    now = new Date('2026-11-25T01:00:00.000Z')
    const kept = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const store = registerStore(ctx)
    await store.load()
    const reads = vi.spyOn(ctx.db.summaries, 'orderBy')
    await purgeRequests(ctx, MANAGER, '2026-11-25', 5, backedUp(ctx))
    expect(store.current()?.rows.map((r) => r.id)).toEqual([kept.id])
    expect(store.current()?.byId.has(old.id)).toBe(false)
    expect(reads).not.toHaveBeenCalled()
  })

  it('shows the newest rows as the first screen before the whole register is read, then drops them', async () => {
    const ctx = await freshContext()
    for (const receivedOn of ['2026-11-18', '2026-11-19', '2026-11-20'])
      await createRequest(ctx, RECEPTION, makeIntake({ receivedOn }), DEFAULT_DEADLINE_RULE)
    const store = registerStore(ctx)
    const seen: [string[] | undefined, number | undefined][] = []
    store.subscribe(() => seen.push([store.head()?.map((s) => s.receivedOn), store.current()?.rows.length]))
    await store.load()
    expect(seen).toEqual([
      [['2026-11-20', '2026-11-19', '2026-11-18'], undefined],
      [undefined, 3]
    ])
    expect(store.head()).toBeUndefined()
  })

  it("the first screen is exactly the register's newest rows: the oldest day it reaches is read whole", async () => {
    const ctx = await freshContext()
    const days = ['2026-11-10', '2026-11-21', '2026-11-21', '2026-11-21', '2026-11-22']
    for (const receivedOn of days)
      await createRequest(ctx, RECEPTION, makeIntake({ receivedOn }), DEFAULT_DEADLINE_RULE)
    const two = await newestSummaries(ctx, 2)
    expect(two.map((s) => s.receivedOn).sort()).toEqual(['2026-11-21', '2026-11-21', '2026-11-21', '2026-11-22'])
    expect((await newestSummaries(ctx, 1)).map((s) => s.receivedOn)).toEqual(['2026-11-22'])
    expect(await newestSummaries(ctx, 10)).toHaveLength(5)
    expect(await newestSummaries(await freshContext(), 10)).toEqual([])
  })

  it('reads every summary once across pages, in pauses the window can draw in', async () => {
    const ctx = await freshContext()
    const made = []
    for (let i = 0; i < 7; i++) made.push(await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE))
    const pages = vi.spyOn(ctx.db.summaries, 'where')
    const all = await allSummaries(ctx, 3)
    // Pages of 3, 3 and 1: the first by orderBy, the two after it from the last id seen.
    expect(pages).toHaveBeenCalledTimes(2)
    expect(all.map((s) => s.id).sort()).toEqual(made.map((r) => r.id).sort())
  })
})
