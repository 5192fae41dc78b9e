// A register built through every workflow path, for replay and integrity tests: hold/resume, extend, send-back,
// withdraw, identity failure, incomplete identity, intake corrections, skipped identity, letters and reprints.
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { issueLetter, recordReprint } from '../../../src/renderer/src/db/letters'
import { applyRequestEvent, createRequest, updateIntake } from '../../../src/renderer/src/db/requests'
import { importRequests } from '../../../src/renderer/src/db/bulkImport'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import type { StaffEvent } from '../../../src/renderer/src/db/requests'
import { MANAGER, RECEPTION, makeDecision, makeIntake, seedStaff } from '../requestFixtures'

export const PATHS = 10

export async function freshRegister(): Promise<{ ctx: DbContext; tick: () => void }> {
  let t = Date.parse('2026-11-20T01:00:00.000Z')
  const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => new Date(t))
  await seedStaff(ctx)
  return { ctx, tick: () => (t += 61_000) }
}

const verified: StaffEvent = {
  type: 'recordIdentity',
  check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '免許証を確認' }
}
const decide: StaffEvent = { type: 'submitDecision', decision: makeDecision({ outcome: 'fullDisclosure' }) }
const approve: StaffEvent = { type: 'approve', comment: '承認します' }

/** Runs request number `i` down path `i % PATHS`. */
export async function runPath(ctx: DbContext, tick: () => void, i: number): Promise<void> {
  const kind = i % PATHS === 6 ? 'inquiry' : 'disclosure'
  const person = { ...makeIntake().person, name: `患者 ${i}`, nameKana: `カンジャ ${i}` }
  tick()
  const r = await createRequest(ctx, RECEPTION, makeIntake({ kind, person }), DEFAULT_DEADLINE_RULE)
  const act = async (event: StaffEvent, who = RECEPTION) => {
    tick()
    await applyRequestEvent(ctx, who, r.id, event)
  }
  const toApproved = async () => {
    await act(verified)
    await act(decide)
    await act(approve, MANAGER)
  }
  const letter = async () => {
    tick()
    const l = await issueLetter(
      ctx,
      RECEPTION,
      r.id,
      { templateId: 'disclosureDecision', issuedOn: '2026-11-20', sentBy: 'post', output: 'print' },
      DEFAULT_SETTINGS
    )
    return l
  }
  switch (i % PATHS) {
    case 0:
      await toApproved()
      await letter()
      await act({ type: 'close' })
      break
    case 1:
      await act({ type: 'hold', reason: '委任状の到着待ち' })
      await act({ type: 'resume' })
      await toApproved()
      break
    case 2:
      await act({ type: 'extend', toDate: '2026-12-25', reason: '記録が多いため' })
      await act(verified)
      await act(decide)
      await act({ type: 'sendBack', comment: '根拠を見直してください' }, MANAGER)
      await act(decide)
      break
    case 3:
      await act({ type: 'withdraw', reason: '電話で取下げの申出(本人)' })
      break
    case 4:
      await act({ type: 'markIdentityFailed', reason: '書類が届かない' })
      break
    case 5:
      tick()
      await updateIntake(
        ctx,
        RECEPTION,
        r.id,
        makeIntake({ kind, person: { ...person, name: `患者 ${i} 改`, address: '大阪府' }, receivedOn: '2026-11-18' }),
        DEFAULT_DEADLINE_RULE
      )
      await act({
        type: 'recordIdentity',
        check: { method: 'counter', documents: ['healthInsurance'], result: 'incomplete', note: '' }
      })
      await act({ type: 'hold', reason: '2点目の書類待ち' })
      await act({ type: 'resume' })
      break
    case 6:
      await act({ type: 'skipIdentity' })
      await act({
        type: 'saveInvestigation',
        investigation: { searched: '受付記録', found: 'なし', doctorOpinion: '', doctorName: '' }
      })
      break
    case 7: {
      await toApproved()
      const l = await letter()
      tick()
      await recordReprint(ctx, RECEPTION, l.id, 'pdf')
      break
    }
    case 8:
      await act({
        type: 'recordIdentity',
        check: { method: 'counter', documents: [], result: 'failed', note: '本人と確認できず' }
      })
      break
    default:
      break
  }
}

/** `n` requests through every path, plus a bulk import of `imported` more. */
export async function buildMixedRegister(n: number, imported = 0): Promise<DbContext> {
  const { ctx, tick } = await freshRegister()
  for (let i = 0; i < n; i++) await runPath(ctx, tick, i)
  if (imported > 0) {
    tick()
    const intakes = Array.from({ length: imported }, (_, i) =>
      makeIntake({ receivedOn: '2025-03-01', details: `取込 ${i}` })
    )
    await importRequests(ctx, MANAGER, intakes, DEFAULT_DEADLINE_RULE)
  }
  return ctx
}
