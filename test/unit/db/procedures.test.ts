import { describe, expect, it } from 'vitest'
import { auditFor } from '../../../src/renderer/src/db/auditLog'
import { addProcedureVersion, listProcedureVersions, procedureOn } from '../../../src/renderer/src/db/procedures'
import { procedureForm, setupWithStaff } from './recordsFixtures'

describe('versions of the published procedure', () => {
  it('answers the version in force on a 受付日, and refuses a second version on the same date', async () => {
    const { ctx, manager } = await setupWithStaff()
    const first = await addProcedureVersion(ctx, manager, procedureForm())
    const second = await addProcedureVersion(ctx, manager, procedureForm({ effectiveFrom: '2026-12-01' }))
    expect((await procedureOn(ctx, '2026-03-31'))?.id).toBeUndefined()
    expect((await procedureOn(ctx, '2026-11-30'))?.id).toBe(first.id)
    expect((await procedureOn(ctx, '2026-12-01'))?.id).toBe(second.id)
    await expect(addProcedureVersion(ctx, manager, procedureForm())).rejects.toThrow('既にあります')
    expect((await listProcedureVersions(ctx)).length).toBe(2)
    expect((await auditFor(ctx, first.id)).map((e) => e.action)).toEqual(['procedure:addVersion'])
  })

  it('only a manager adds a version', async () => {
    const { ctx, reception } = await setupWithStaff()
    await expect(addProcedureVersion(ctx, reception, procedureForm())).rejects.toThrow('管理者のみ')
    expect(await listProcedureVersions(ctx)).toEqual([])
  })
})
