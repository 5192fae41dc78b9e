import { describe, expect, it } from 'vitest'
import { auditFor, verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import {
  incidentsForRequest,
  listIncidents,
  openIncident,
  updateIncident
} from '../../../src/renderer/src/db/incidents'
import { readStoredRows } from '../../../src/renderer/src/domain/records'
import { setupWithStaff } from './recordsFixtures'

const input = { title: '紹介状の誤送付', knownAt: '2026-11-24T15:20', situations: ['sensitive' as const] }

describe('leak incidents', () => {
  it('a manager opens an incident; it is stored, audited and passes its stored schema', async () => {
    const { ctx, manager } = await setupWithStaff()
    const row = await openIncident(ctx, manager, input)
    expect(await listIncidents(ctx)).toEqual([row])
    const history = await auditFor(ctx, row.id)
    expect(history.map((e) => e.action)).toEqual(['incident:open'])
    expect(readStoredRows('incidents', await ctx.db.incidents.toArray()).damaged).toEqual([])
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
  })

  it('reception cannot open or change an incident, and nothing is written', async () => {
    const { ctx, manager, reception } = await setupWithStaff()
    await expect(openIncident(ctx, reception, input)).rejects.toThrow('管理者のみ')
    const row = await openIncident(ctx, manager, input)
    await expect(updateIncident(ctx, reception, row.id, { closed: true }, '完了')).rejects.toThrow('管理者のみ')
    expect((await listIncidents(ctx)).map((i) => i.closed)).toEqual([false])
    expect((await auditFor(ctx, row.id)).length).toBe(1)
  })

  it('records report items, a submission and the requests that cite it, each change audited', async () => {
    const { ctx, manager, clock } = await setupWithStaff()
    const row = await openIncident(ctx, manager, input)
    clock.now = new Date('2026-11-26T01:00:00.000Z')
    await updateIncident(ctx, manager, row.id, { report: { ...row.report, summary: '誤送付1件' } }, '報告事項を保存')
    const sub = { stage: 'preliminary' as const, submittedOn: '2026-11-26', receiptNo: 'PPC-1', staffName: '佐藤 管理' }
    await updateIncident(ctx, manager, row.id, { submissions: [sub], requestIds: ['req-1'] }, '速報を記録')
    const linked = await incidentsForRequest(ctx, 'req-1')
    expect(linked.map((i) => [i.report.summary, i.submissions.length])).toEqual([['誤送付1件', 1]])
    const history = await auditFor(ctx, row.id)
    expect(history.map((e) => e.summary)).toEqual(['漏えい等の事案を登録', '報告事項を保存', '速報を記録'])
  })

  it('an unchanged save writes no audit entry', async () => {
    const { ctx, manager } = await setupWithStaff()
    const row = await openIncident(ctx, manager, input)
    await updateIncident(ctx, manager, row.id, { title: row.title }, '変更なし')
    expect((await auditFor(ctx, row.id)).length).toBe(1)
  })
})
