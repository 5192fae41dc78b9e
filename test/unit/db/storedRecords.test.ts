import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { issueLetter } from '../../../src/renderer/src/db/letters'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { saveSettings } from '../../../src/renderer/src/db/settingsRepo'
import { addStaff } from '../../../src/renderer/src/db/staffRepo'
import { storeRecoveryCode } from '../../../src/renderer/src/db/pinRepo'
import { openIncident } from '../../../src/renderer/src/db/incidents'
import { purgeRequests } from '../../../src/renderer/src/db/retention'
import { addProvisionRecord } from '../../../src/renderer/src/db/provisions'
import { addProcedureVersion } from '../../../src/renderer/src/db/procedures'
import { procedureForm, receiptRecordForm } from './recordsFixtures'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import {
  STORED_SCHEMAS,
  readStoredRow,
  readStoredRows,
  type StoredTable
} from '../../../src/renderer/src/domain/records'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { MANAGER, RECEPTION, makeDecision, makeIntake, makeRecord, seedStaff, backedUp } from '../requestFixtures'

describe('stored-record schemas', () => {
  it('accept every row the repositories write, in every table', async () => {
    const db = new RegisterDb(`test-${crypto.randomUUID()}`)
    const ctx = await openContext(db, () => new Date('2026-11-25T01:00:00.000Z'))
    await seedStaff(ctx)
    await addStaff(ctx, MANAGER, { name: '田中 受付', role: 'reception', pinHash: '' })
    await saveSettings(ctx, MANAGER, DEFAULT_SETTINGS)
    const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await applyRequestEvent(ctx, RECEPTION, r.id, {
      type: 'recordIdentity',
      check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
    })
    await applyRequestEvent(ctx, RECEPTION, r.id, {
      type: 'submitDecision',
      decision: makeDecision({ outcome: 'fullDisclosure' })
    })
    await applyRequestEvent(ctx, MANAGER, r.id, { type: 'approve', comment: '' })
    await issueLetter(
      ctx,
      RECEPTION,
      r.id,
      { templateId: 'disclosureDecision', issuedOn: '2026-11-25', sentBy: 'post', output: 'print' },
      DEFAULT_SETTINGS
    )
    // The record tables: written by a manager who is in the staff table.
    const m = await addStaff(ctx, MANAGER, { name: '伊藤 管理', role: 'manager', pinHash: '' })
    const manager = { id: m.id, name: m.name, role: m.role }
    await openIncident(ctx, manager, { title: '誤送付', knownAt: '2026-11-25T09:00', situations: [] })
    // A request withdrawn long ago and purged leaves its summary row.
    const boss = await addStaff(ctx, MANAGER, { name: '高橋 管理', role: 'manager', pinHash: '' })
    const gone = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    await applyRequestEvent(ctx, RECEPTION, gone.id, { type: 'withdraw', reason: '取下げ' })
    await purgeRequests(ctx, { id: boss.id, name: boss.name, role: 'manager' }, '2040-01-01', 5, backedUp(ctx))
    await storeRecoveryCode(ctx, manager, 'pbkdf2-sha256$1$c2FsdA$aGFzaA')
    await addProvisionRecord(ctx, manager, receiptRecordForm())
    await addProcedureVersion(ctx, manager, procedureForm())
    // The sharing tables are written only by replication; test/unit/db/replication/share.test.ts reads them back.
    const sharing: readonly StoredTable[] = ['concurrent', 'leases']
    for (const table of Object.keys(STORED_SCHEMAS) as StoredTable[]) {
      if (sharing.includes(table)) continue
      const raws: unknown[] = await db.table(table).toArray()
      expect(raws.length, table).toBeGreaterThan(0)
      const { rows, damaged } = readStoredRows(table, raws)
      expect(damaged, table).toEqual([])
      expect(rows).toHaveLength(raws.length)
    }
  })

  it('report a request row with a broken field as damaged, by its id and the field', () => {
    const bad = { ...makeRecord({ id: 'req-broken' }), status: 'lost', receivedOn: '0000-00-00' }
    const reading = readStoredRow('requests', bad)
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.damaged.id).toBe('req-broken')
    expect(reading.damaged.problems.join('\n')).toMatch(/status/)
    expect(reading.damaged.problems.join('\n')).toMatch(/receivedOn/)
  })

  it('report a row that is not an object, or has no id, as damaged rather than throwing', () => {
    expect(readStoredRow('staff', null)).toMatchObject({ ok: false, damaged: { id: '(不明)' } })
    expect(readStoredRow('audit', { hash: 'x' })).toMatchObject({ ok: false, damaged: { table: 'audit' } })
  })

  it('accept a well-formed request and return it unchanged', () => {
    const good = makeRecord()
    expect(readStoredRow('requests', good)).toEqual({ ok: true, row: good })
  })
})
