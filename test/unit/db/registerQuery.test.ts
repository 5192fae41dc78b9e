import { beforeAll, describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { requestsByIds } from '../../../src/renderer/src/db/registerQuery'
import { registerStore } from '../../../src/renderer/src/db/registerStore'
import { filterSummaries, type RegisterFilter } from '../../../src/renderer/src/domain/registerList'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { REQUEST_KIND_IDS } from '../../../src/renderer/src/domain/catalogue'
import { addDays } from '../../../src/renderer/src/domain/calendar'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { isOverdue } from '../../../src/renderer/src/domain/stateMachine'
import type { StatusId } from '../../../src/renderer/src/domain/status'
import { RECEPTION, makeIntake, seedStaff } from '../requestFixtures'

const TODAY = '2026-11-25'
const NAMED = [
  { name: '山田 太郎', nameKana: 'ヤマダ タロウ' },
  { name: '山田 花子', nameKana: 'ヤマダ ハナコ' },
  { name: '田中 太郎', nameKana: 'タナカ タロウ' }
]
const FILLERS = [
  { name: '佐藤 健', nameKana: 'サトウ ケン' },
  { name: '鈴木 美穂', nameKana: 'スズキ ミホ' },
  { name: '高橋 優', nameKana: 'タカハシ ユウ' },
  { name: '伊藤 愛', nameKana: 'イトウ アイ' }
]

let ctx: DbContext
let all: RequestRecord[]

/** 50 requests: kinds in turn, received over ~60 days in shuffled order, five different statuses. */
beforeAll(async () => {
  ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => new Date('2026-11-25T01:00:00.000Z'))
  await seedStaff(ctx)
  for (let i = 0; i < 50; i++) {
    const who = NAMED[i] ?? FILLERS[i % FILLERS.length] ?? { name: '', nameKana: '' }
    const kind = REQUEST_KIND_IDS[i % REQUEST_KIND_IDS.length] ?? 'disclosure'
    const r = await createRequest(
      ctx,
      RECEPTION,
      makeIntake({
        kind,
        receivedOn: addDays(TODAY, -((i * 17) % 60)),
        person: { ...makeIntake().person, ...who }
      }),
      DEFAULT_DEADLINE_RULE
    )
    const step = i % 5
    if (step === 1)
      await applyRequestEvent(ctx, RECEPTION, r.id, {
        type: 'recordIdentity',
        check: { method: 'counter', documents: ['passport'], result: 'verified', note: '' }
      })
    if (step === 2) await applyRequestEvent(ctx, RECEPTION, r.id, { type: 'hold', reason: '書類待ち' })
    if (step === 3) await applyRequestEvent(ctx, RECEPTION, r.id, { type: 'withdraw', reason: '電話で取下げ' })
    if (step === 4)
      await applyRequestEvent(ctx, RECEPTION, r.id, {
        type: 'recordIdentity',
        check: { method: 'counter', documents: [], result: 'failed', note: '書類が届かない' }
      })
  }
  all = await ctx.db.requests.toArray()
})

const filter = (f: Partial<RegisterFilter>): RegisterFilter => ({
  text: '',
  statuses: [],
  kinds: [],
  overdueOnly: false,
  today: TODAY,
  ...f
})

/** Ids in register order, from the session's summaries. */
async function orderedRequestIds(): Promise<string[]> {
  return (await registerStore(ctx).load()).rows.map((s) => s.id)
}

async function found(f: Partial<RegisterFilter>) {
  return filterSummaries((await registerStore(ctx).load()).rows, filter(f))
}

async function namesFound(text: string): Promise<string[]> {
  return (await found({ text })).map((s) => s.name).sort()
}

async function idsFor(f: Partial<RegisterFilter>): Promise<string[]> {
  return (await found(f)).map((s) => s.id).sort()
}

const idsWhere = (pred: (r: RequestRecord) => boolean) =>
  all
    .filter(pred)
    .map((r) => r.id)
    .sort()

describe('register order', () => {
  it('lists every request newest first, by received date then receipt number', async () => {
    const ordered = await orderedRequestIds()
    const expected = [...all]
      .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.receiptNo.localeCompare(a.receiptNo))
      .map((r) => r.id)
    expect(ordered).toHaveLength(50)
    expect(ordered).toEqual(expected)
    const rows = await requestsByIds(ctx, ordered)
    expect(rows[0]?.receivedOn).toBe(TODAY)
    expect(rows.at(-1)?.receivedOn).toBe(addDays(TODAY, -59))
  })

  it('puts a back-dated post after newer receipts even though its number is higher', async () => {
    const ordered = await orderedRequestIds()
    const first = all.find((r) => r.receiptNo === '2026-0001') // received today
    const second = all.find((r) => r.receiptNo === '2026-0002') // received 17 days ago
    expect(first && second && ordered.indexOf(first.id) < ordered.indexOf(second.id)).toBe(true)
  })

  it('answers an empty filter with the whole register', async () => {
    expect(await idsFor({})).toEqual(idsWhere(() => true))
  })
})

describe('text search', () => {
  it.each([
    ['hiragana', 'やまだ たろう', ['山田 太郎']],
    ['hiragana without the space', 'やまだたろう', ['山田 太郎']],
    ['full-width space', 'ヤマダ　タロウ', ['山田 太郎']],
    ['half-width kana', 'ﾔﾏﾀﾞ ﾀﾛｳ', ['山田 太郎']],
    ['family name prefix', 'やまだ', ['山田 太郎', '山田 花子']],
    ['given name alone', 'たろう', ['山田 太郎', '田中 太郎']],
    ['given name in kanji', '花子', ['山田 花子']],
    ['kanji family name', '山田', ['山田 太郎', '山田 花子']],
    ['nobody', 'やまもと', []]
  ])('finds a katakana-saved name typed as %s (%s)', async (_how, text, expected) => {
    expect(await namesFound(text)).toEqual(expected)
  })

  it('finds a request by its receipt number, with or without the year', async () => {
    const target = all.find((r) => r.receiptNo === '2026-0037')
    expect(await idsFor({ text: '2026-0037' })).toEqual([target?.id])
    expect(await idsFor({ text: '0037' })).toEqual([target?.id])
    expect(await idsFor({ text: '2026-003' })).toHaveLength(10)
  })
})

describe('filters', () => {
  it('by status', async () => {
    const statuses: StatusId[] = ['onHold', 'withdrawn']
    const ids = await idsFor({ statuses })
    expect(ids).toEqual(idsWhere((r) => statuses.includes(r.status)))
    expect(ids).toHaveLength(20)
  })

  it('by kind', async () => {
    const ids = await idsFor({ kinds: ['disclosure', 'complaint'] })
    expect(ids).toEqual(idsWhere((r) => r.kind === 'disclosure' || r.kind === 'complaint'))
    expect(ids).toHaveLength(10)
  })

  it('overdue: open requests past their target date only', async () => {
    const ids = await idsFor({ overdueOnly: true })
    expect(ids).toEqual(idsWhere((r) => isOverdue(r, TODAY)))
    expect(ids.length).toBeGreaterThan(0)
    const rows = await requestsByIds(ctx, ids)
    expect(
      rows.every((r) => r !== undefined && r.dueOn < TODAY && !['withdrawn', 'identityFailed'].includes(r.status))
    ).toBe(true)
  })

  it('several filters together give their intersection', async () => {
    const f = {
      statuses: ['received', 'onHold'] as StatusId[],
      kinds: ['purpose', 'disclosure', 'thirdPartyRecord'] as const,
      overdueOnly: true
    }
    const ids = await idsFor({ ...f, kinds: [...f.kinds] })
    const expected = idsWhere(
      (r) => f.statuses.includes(r.status) && (f.kinds as readonly string[]).includes(r.kind) && isOverdue(r, TODAY)
    )
    expect(ids).toEqual(expected)
    expect(ids.length).toBeGreaterThan(0)
    const one = all.find((r) => r.id === expected[0])
    const other = all.find((r) => !expected.includes(r.id))
    expect(await idsFor({ ...f, kinds: [...f.kinds], text: one?.receiptNo ?? 'missing' })).toEqual([one?.id])
    expect(await idsFor({ ...f, kinds: [...f.kinds], text: other?.receiptNo ?? 'missing' })).toEqual([])
  })
})
