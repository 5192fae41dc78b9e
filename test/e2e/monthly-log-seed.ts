// Seed data for the monthly-log tests: ~60 requests over October–November 2026, put in through the app's
// own repositories (window.__register) and carried through the workflow to a notice where the plan says so.
import type { Page } from '@playwright/test'
import type { RegisterHooks as Hooks, SeedActor as Actor } from './registerHooks'

export interface PlannedRequest {
  receivedOn: string
  kind: 'purpose' | 'disclosure' | 'correction' | 'marketingOptOut' | 'complaint'
  agent: boolean
  /** Days from receipt to the notice, or null. */
  notifyAfter: number | null
  /** Days from receipt to a withdrawal, or null. */
  withdrawAfter: number | null
  byReception: boolean
}

const KINDS = ['disclosure', 'purpose', 'correction', 'disclosure', 'marketingOptOut', 'complaint'] as const

function iso(month: 10 | 11, day: number): string {
  return `2026-${month}-${String(day).padStart(2, '0')}`
}

/**
 * October: 25 requests, mostly answered within 6–12 days; every fifth answered after 16–20 days (late),
 * one still open, one withdrawn in November. November: 35 requests, about two thirds answered in the
 * month, the rest still open at its end (some past their target), one withdrawn.
 */
export function monthlyPlan(): PlannedRequest[] {
  const plan: PlannedRequest[] = []
  for (let i = 0; i < 25; i++) {
    const notifyAfter = i === 7 || i === 12 ? null : i % 5 === 0 ? 16 + (i % 4) : 6 + (i % 7)
    plan.push({
      receivedOn: iso(10, i + 1),
      kind: KINDS[i % KINDS.length] ?? 'disclosure',
      agent: i % 6 === 3,
      notifyAfter,
      withdrawAfter: i === 12 ? 22 : null,
      byReception: i % 3 !== 0
    })
  }
  for (let i = 0; i < 35; i++) {
    const day = (i % 30) + 1
    const open = i % 3 === 2 || day > 26
    plan.push({
      receivedOn: iso(11, day),
      kind: KINDS[(i + 2) % KINDS.length] ?? 'disclosure',
      agent: i % 7 === 4,
      notifyAfter: open || i === 10 ? null : 3 + (i % 9),
      withdrawAfter: i === 10 ? 2 : null,
      byReception: i % 4 !== 1
    })
  }
  return plan.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
}

/**
 * Creates the planned requests in order of receipt (so 受付番号 follow the dates) and works them. A withdrawal
 * is stamped with the clock's day, so those are done afterwards with the clock set to their day.
 */
export async function seedMonthly(page: Page, plan: readonly PlannedRequest[], today: Date): Promise<void> {
  const steps = await page.evaluate(async (planned) => {
    const r = (globalThis as unknown as { __register: Hooks }).__register
    const [manager] = await r.listStaff(r.ctx)
    if (!manager) throw new Error('no manager')
    const reception = await r.addStaff(r.ctx, manager, { name: '高橋 受付', role: 'reception', pinHash: '' })
    const addDays = (d: string, n: number) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
    const rule = { days: 14, mode: 'calendar', closedWeekdays: [0], closedDates: [] }
    const outcome = {
      purpose: 'notify',
      disclosure: 'fullDisclosure',
      correction: 'done',
      marketingOptOut: 'done',
      complaint: 'answered'
    }
    const letterOf = {
      purpose: 'purposeNotice',
      disclosure: 'disclosureDecision',
      correction: 'correctionDecision',
      marketingOptOut: 'optOutNotice',
      complaint: 'complaintAnswer'
    }
    const later: { id: string; on: string; taker: Actor }[] = []
    const notices: { id: string; on: string; taker: Actor; templateId: string }[] = []
    let n = 0
    for (const p of planned) {
      n += 1
      const taker = p.byReception ? reception : manager
      const intake = {
        receivedOn: p.receivedOn,
        channel: n % 2 === 0 ? 'post' : 'counter',
        kind: p.kind,
        person: {
          name: `試験 ${n}号`,
          nameKana: 'シケン',
          birthDate: '1980-04-01',
          patientNo: '',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        },
        requester: p.agent
          ? {
              type: 'legalAgent',
              agentName: '試験 代理',
              agentKana: 'シケン ダイリ',
              relation: '母',
              postalCode: '',
              address: '',
              phone: '',
              email: ''
            }
          : {
              type: 'self',
              agentName: '',
              agentKana: '',
              relation: '',
              postalCode: '',
              address: '',
              phone: '',
              email: ''
            },
        dataCategories: p.kind === 'complaint' ? [] : ['appointments'],
        dataOther: '',
        requestGrounds: [],
        disclosureMethod: p.kind === 'disclosure' ? 'paper' : null,
        fee: null,
        details: ''
      }
      const { id } = await r.createRequest(r.ctx, taker, intake, rule)
      if (p.withdrawAfter !== null) {
        later.push({ id, on: addDays(p.receivedOn, p.withdrawAfter), taker })
        continue
      }
      if (p.notifyAfter === null) continue
      await r.applyRequestEvent(r.ctx, taker, id, {
        type: 'recordIdentity',
        check: {
          method: 'counter',
          documents: p.agent ? ['familyRegister', 'agentId'] : ['driversLicense'],
          result: 'verified',
          note: ''
        }
      })
      await r.applyRequestEvent(r.ctx, taker, id, {
        type: 'submitDecision',
        decision: {
          outcome: outcome[p.kind],
          groundIds: [],
          reason: '',
          withheldParts: '',
          actionTaken: '対応しました',
          methodChangedToPaper: false,
          methodChangeReason: '',
          disclosureDate: ''
        }
      })
      await r.applyRequestEvent(r.ctx, manager, id, { type: 'approve', comment: '' })
      notices.push({ id, on: addDays(p.receivedOn, p.notifyAfter), taker, templateId: letterOf[p.kind] })
    }
    return { later, notices }
  }, plan)
  // A letter cannot be dated in the future, so each is issued with the clock on its 発行日.
  for (const n of steps.notices) {
    await page.clock.setFixedTime(new Date(`${n.on}T10:00:00+09:00`))
    await page.evaluate(async ({ id, on, taker, templateId }) => {
      const r = (globalThis as unknown as { __register: Hooks }).__register
      const letter = { templateId, issuedOn: on, sentBy: 'post' }
      await r.issueLetter(r.ctx, taker, id, letter, await r.loadSettings(r.ctx))
    }, n)
  }
  for (const w of steps.later) {
    await page.clock.setFixedTime(new Date(`${w.on}T10:00:00+09:00`))
    await page.evaluate(async ({ id, taker }) => {
      const r = (
        globalThis as unknown as {
          __register: { ctx: unknown; applyRequestEvent(...args: unknown[]): Promise<unknown> }
        }
      ).__register
      await r.applyRequestEvent(r.ctx, taker, id, { type: 'withdraw', reason: '電話で取下げの申出' })
    }, w)
  }
  await page.clock.setFixedTime(today)
}
