import { describe, expect, it } from 'vitest'
import { auditFor } from '../../../src/renderer/src/db/auditLog'
import { exportInspectionFile, inspectionIndex } from '../../../src/renderer/src/db/inspection'
import { addProcedureVersion } from '../../../src/renderer/src/db/procedures'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { makeIntake } from '../requestFixtures'
import { procedureForm, setupWithStaff } from './recordsFixtures'

const period = { from: '2026-11-01', to: '2026-11-30' }

describe('the inspection pack in the data layer', () => {
  it('counts each record for the cover and writes the audit entry with the file', async () => {
    const { ctx, manager, reception } = await setupWithStaff()
    await createRequest(ctx, reception, makeIntake(), DEFAULT_DEADLINE_RULE)
    await createRequest(
      ctx,
      reception,
      makeIntake({ kind: 'complaint', fee: null, disclosureMethod: null }),
      DEFAULT_DEADLINE_RULE
    )
    await addProcedureVersion(ctx, manager, procedureForm())
    const index = await inspectionIndex(ctx, manager, period)
    expect(index.counts).toMatchObject({ register: 2, complaints: 1, procedures: 1, staff: 2, purges: 0 })
    expect(index.counts.accessLog).toBeGreaterThan(0)
    expect(index.head?.deviceSeq).toBeGreaterThan(0)

    const file = await exportInspectionFile(ctx, manager, period, 'staff')
    expect(file.fileName).toBe('立入検査_職員と権限_2026-11-01_2026-11-30.csv')
    expect(file.content).toContain('佐藤 管理,管理者,利用中')
    const entries = await auditFor(ctx, 'inspection:staff')
    expect(entries.map((e) => [e.action, e.summary])).toEqual([
      ['inspection:csv', '立入検査用CSV「職員と権限」(2026-11-01〜2026-11-30・2件)を出力']
    ])
  })

  it('refuses a reception login, writing nothing', async () => {
    const { ctx, reception } = await setupWithStaff()
    await expect(inspectionIndex(ctx, reception, period)).rejects.toThrow('管理者のみ')
    await expect(exportInspectionFile(ctx, reception, period, 'register')).rejects.toThrow('管理者のみ')
    expect(await auditFor(ctx, 'inspection:register')).toEqual([])
  })
})
