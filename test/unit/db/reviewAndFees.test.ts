import { describe, expect, it } from 'vitest'
import { auditFor, verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { addProcedureVersion } from '../../../src/renderer/src/db/procedures'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { loadSettings, saveSettings } from '../../../src/renderer/src/db/settingsRepo'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { makeDecision, makeIntake } from '../requestFixtures'
import { procedureForm, setupWithStaff } from './recordsFixtures'

async function toDecision(outcome: 'partialDisclosure' | 'fullDisclosure') {
  const s = await setupWithStaff()
  const { ctx, reception } = s
  const r = await createRequest(
    ctx,
    reception,
    makeIntake({ dataCategories: ['medicalRecord'] }),
    DEFAULT_DEADLINE_RULE
  )
  const ev = (e: Parameters<typeof applyRequestEvent>[3], who = reception) => applyRequestEvent(ctx, who, r.id, e)
  await ev({
    type: 'recordIdentity',
    check: { method: 'counter', documents: ['passport'], result: 'verified', note: '' }
  })
  await ev({
    type: 'saveInvestigation',
    investigation: { searched: 'カルテ', found: 'あり', doctorOpinion: '一部は支障あり', doctorName: '田中' }
  })
  await addProcedureVersion(ctx, s.manager, procedureForm())
  await ev({
    type: 'submitDecision',
    decision: makeDecision({
      outcome,
      groundIds: outcome === 'partialDisclosure' ? ['nonDisclosure-1'] : [],
      reason: outcome === 'partialDisclosure' ? '第三者の情報を含む' : '',
      withheldParts: outcome === 'partialDisclosure' ? '家族からの聞き取り部分' : '',
      feeBasis: { pagesBw: 10, pagesColour: 0, discs: 0, mailed: false, explanationMinutes: 0 }
    })
  })
  return { ...s, id: r.id, ev }
}

describe('decisions priced and reviewed in the data layer', () => {
  it('prices the decision from the procedure in force on the 受付日', async () => {
    const { ctx, id } = await toDecision('fullDisclosure')
    const [row] = await ctx.db.requests.where('id').equals(id).toArray()
    expect(row?.decision?.fee?.total).toBe(1100)
  })

  it('refuses approval of a partial disclosure of the カルテ until the 検討委員会 review is on file', async () => {
    const { ctx, id, ev, manager } = await toDecision('partialDisclosure')
    await expect(ev({ type: 'approve', comment: '' }, manager)).rejects.toThrow('検討委員会')
    await ev({
      type: 'recordReview',
      review: { heldOn: '2026-11-25', members: '院長、事務長', conclusion: '妥当', explanationOffered: true }
    })
    expect((await ev({ type: 'approve', comment: '' }, manager)).status).toBe('approved')
    await ev({
      type: 'recordFeeReceipt',
      receipt: { receivedOn: '2026-11-25', amount: 1100, paidBy: 'cash', note: '' }
    })
    const actions = (await auditFor(ctx, id)).map((e) => e.action)
    expect(actions).toContain('request:recordReview')
    expect(actions).toContain('request:recordFeeReceipt')
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
  })

  it('lets a manager approve without a review when the setting is turned off', async () => {
    const { ctx, ev, manager } = await toDecision('partialDisclosure')
    const settings = await loadSettings(ctx)
    await saveSettings(ctx, manager, { ...settings, records: { ...settings.records, committeeReview: false } })
    expect((await ev({ type: 'approve', comment: '' }, manager)).status).toBe('approved')
  })
})
