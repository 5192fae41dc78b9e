import { beforeAll, describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import {
  loadMonthlyLog,
  receivedPerMonth,
  requestsForMonth,
  staffNames
} from '../../../src/renderer/src/db/monthlyQuery'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { issueLetter } from '../../../src/renderer/src/db/letters'
import { addStaff, createFirstManager } from '../../../src/renderer/src/db/staffRepo'
import { putSummaries } from '../../../src/renderer/src/db/summaries'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { addDays } from '../../../src/renderer/src/domain/calendar'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { buildMonthlyLog, countReceivedPerMonth } from '../../../src/renderer/src/domain/monthlyLog'
import { belongsToMonth } from '../../../src/renderer/src/domain/monthlyLogRow'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import type { Actor } from '../../../src/renderer/src/domain/staff'
import { monthEnd, monthStart } from '../../../src/renderer/src/domain/yearMonth'
import { makeDecision, makeIntake } from '../requestFixtures'

let clock = new Date('2026-01-05T01:00:00.000Z')
let ctx: DbContext
let manager: Actor
let reception: Actor
let all: RequestRecord[]

const at = (day: string) => {
  clock = new Date(`${day}T01:00:00.000Z`)
}

async function take(actor: Actor, receivedOn: string): Promise<RequestRecord> {
  at(receivedOn)
  return createRequest(ctx, actor, makeIntake({ receivedOn }), DEFAULT_DEADLINE_RULE)
}

/** Carried to a notice issued on `issuedOn`. */
async function notify(r: RequestRecord, issuedOn: string): Promise<void> {
  at(issuedOn)
  await applyRequestEvent(ctx, reception, r.id, {
    type: 'recordIdentity',
    check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
  })
  await applyRequestEvent(ctx, reception, r.id, { type: 'submitDecision', decision: makeDecision() })
  await applyRequestEvent(ctx, manager, r.id, { type: 'approve', comment: '' })
  const letter = { templateId: 'disclosureDecision' as const, issuedOn, sentBy: 'post' as const }
  await issueLetter(ctx, reception, r.id, letter, DEFAULT_SETTINGS)
}

beforeAll(async () => {
  ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => clock)
  manager = {
    ...(await createFirstManager(ctx, { name: '佐藤 管理', pinHash: '' })),
    role: 'manager'
  }
  reception = {
    ...(await addStaff(ctx, manager, { name: '鈴木 受付', role: 'reception', pinHash: '' })),
    role: 'reception'
  }
  // 40 requests from January to December 2026, one every ~8 days; each third notified after 5–25 days,
  // each seventh withdrawn after 3 days, the rest left open.
  for (let i = 0; i < 40; i++) {
    const receivedOn = addDays('2026-01-05', i * 8 + (i % 3))
    const r = await take(i % 2 === 0 ? reception : manager, receivedOn)
    if (i % 3 === 0) await notify(r, addDays(receivedOn, 5 + (i % 5) * 5))
    else if (i % 7 === 0) {
      at(addDays(receivedOn, 3))
      await applyRequestEvent(ctx, reception, r.id, { type: 'withdraw', reason: '電話で取下げの申出' })
    }
  }
  // Recorded on 30 October, the letter dated 2 November: it was still open in November. Such rows were written
  // before a future 発行日 was refused, so the row is patched as an older version stored it.
  const ahead = await take(reception, '2026-10-20')
  await notify(ahead, '2026-10-30')
  await ctx.db.requests
    .where('id')
    .equals(ahead.id)
    .modify((row) => {
      if (row.notice) row.notice.issuedOn = '2026-11-02'
    })
  const patched = await ctx.db.requests.get(ahead.id)
  if (patched) await ctx.db.transaction('rw', ctx.db.summaries, () => putSummaries(ctx, [patched]))
  all = await ctx.db.requests.toArray()
})

describe('requestsForMonth', () => {
  it.each(['2026-01', '2026-04', '2026-10', '2026-11', '2026-12', '2027-01', '2025-12'])(
    'fetches from indexes exactly the requests a full scan finds for %s',
    async (month) => {
      const expected = all
        .filter((r) => belongsToMonth(r, monthStart(month), monthEnd(month)))
        .map((r) => r.receiptNo)
        .sort()
      const found = (await requestsForMonth(ctx, month)).map((r) => r.receiptNo).sort()
      expect(found).toEqual(expected)
    }
  )

  it('includes a request whose letter is dated after the day it was recorded, in the month of the letter', async () => {
    const november = await requestsForMonth(ctx, '2026-11')
    expect(november.some((r) => r.notice?.issuedOn === '2026-11-02' && r.updatedAt.startsWith('2026-10-30'))).toBe(true)
  })

  it('leaves out requests received after the month and those finished before it', async () => {
    const rows = await requestsForMonth(ctx, '2026-04')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.receivedOn <= '2026-04-30')).toBe(true)
    expect(all.length - rows.length).toBeGreaterThan(20)
  })
})

describe('receivedPerMonth', () => {
  it('counts each of the 12 months from the index, as the pure count over every request does', async () => {
    const counts = await receivedPerMonth(ctx, '2026-11')
    expect(counts).toEqual(countReceivedPerMonth(all, '2026-11'))
    expect(counts.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(30)
  })
})

describe('loadMonthlyLog', () => {
  it('gives the same log as building it from the whole register', async () => {
    const names = await staffNames(ctx)
    expect(names.get(reception.id)).toBe('鈴木 受付')
    expect(names.get('system')).toBe('システム')
    for (const month of ['2026-03', '2026-11']) {
      expect(await loadMonthlyLog(ctx, month, '2026-12-20')).toEqual({
        ...buildMonthlyLog(all, month, '2026-12-20', { staffNames: names }),
        damaged: []
      })
    }
    const log = await loadMonthlyLog(ctx, '2026-11', '2026-12-20')
    expect(new Set(log.rows.map((r) => r.handledBy))).toEqual(new Set(['鈴木 受付', '佐藤 管理']))
  })

  it('sets a damaged request apart by its id instead of counting it or failing the month', async () => {
    const victim = all.find((r) => belongsToMonth(r, monthStart('2026-11'), monthEnd('2026-11')))
    if (!victim) throw new Error('no November request')
    await ctx.db.requests.update(victim.id, { kind: 'unknownKind' as never })
    try {
      const log = await loadMonthlyLog(ctx, '2026-11', '2026-12-20')
      expect(log.damaged.map((d) => d.id)).toEqual([victim.id])
      expect(log.rows.map((r) => r.receiptNo)).not.toContain(victim.receiptNo)
    } finally {
      await ctx.db.requests.put(victim)
    }
  })
})
