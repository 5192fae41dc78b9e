import { describe, expect, it, vi } from 'vitest'
import { recordRequestView } from '../../../src/renderer/src/db/accessLog'
import { recordAuditExport, recordAuditExportUndone } from '../../../src/renderer/src/db/auditExport'
import { auditPage, auditRange } from '../../../src/renderer/src/db/auditQuery'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { updateStaff } from '../../../src/renderer/src/db/staffRepo'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { NO_AUDIT_FILTER, type AuditCursor } from '../../../src/renderer/src/domain/auditFilter'
import { makeIntake } from '../requestFixtures'
import { setupWithStaff } from './recordsFixtures'

async function seeded() {
  const s = await setupWithStaff()
  const { ctx, clock, manager, reception } = s
  const first = await createRequest(ctx, reception, makeIntake(), DEFAULT_DEADLINE_RULE)
  clock.now = new Date('2026-11-26T01:00:00.000Z')
  const second = await createRequest(ctx, reception, makeIntake(), DEFAULT_DEADLINE_RULE)
  for (let i = 0; i < 5; i++) await recordRequestView(ctx, manager, first.id, first.receiptNo)
  await updateStaff(ctx, manager, reception.id, { name: '鈴木 受付係' }, '職員の表示名を変更')
  return { ...s, first, second }
}

describe('reading the 監査記録 a page at a time', () => {
  it('pages through every entry newest first without repeating or missing one', async () => {
    const { ctx, manager } = await seeded()
    const everything = await auditRange(ctx, manager, NO_AUDIT_FILTER)
    const paged: string[] = []
    let cursor: AuditCursor | null = null
    do {
      const page = await auditPage(ctx, manager, NO_AUDIT_FILTER, cursor, 3)
      expect(page.rows.length).toBeLessThanOrEqual(3)
      paged.push(...page.rows.map((r) => r.entry.id))
      cursor = page.next
    } while (cursor !== null)
    expect(paged).toEqual(everything.map((r) => r.entry.id))
    expect(new Set(paged).size).toBe(paged.length)
    const ats = everything.map((r) => r.entry.at)
    expect(ats).toEqual([...ats].sort().reverse())
  })

  it('pages through hundreds of entries stamped at one instant without walking again what it has shown', async () => {
    // A ledger import or a replicated batch stamps many entries alike: the clock does not move here.
    const { ctx, manager, first } = await seeded()
    for (let i = 0; i < 450; i++) await recordRequestView(ctx, manager, first.id, first.receiptNo)
    const steps = [vi.spyOn(IDBCursor.prototype, 'continue'), vi.spyOn(IDBCursor.prototype, 'continuePrimaryKey')]
    try {
      for (const filter of [NO_AUDIT_FILTER, { ...NO_AUDIT_FILTER, action: 'request:view' }]) {
        const everything = (await auditRange(ctx, manager, filter)).map((r) => r.entry.id)
        const paged: string[] = []
        let cursor: AuditCursor | null = null
        for (const s of steps) s.mockClear()
        do {
          const page = await auditPage(ctx, manager, filter, cursor, 100)
          paged.push(...page.rows.map((r) => r.entry.id))
          cursor = page.next
        } while (cursor !== null)
        expect(paged).toEqual(everything)
        expect(paged.length).toBeGreaterThanOrEqual(455)
        // Each page starts where the last ended: about one step an entry (walking from the instant's top again
        // each page would take about three times as many).
        const walked = steps.reduce((n, s) => n + s.mock.calls.length, 0)
        expect(walked).toBeLessThan(paged.length * 1.2)
      }
    } finally {
      for (const s of steps) s.mockRestore()
    }
  })

  it('names each entry by its request (受付番号) or staff member', async () => {
    const { ctx, manager, first, reception } = await seeded()
    const rows = await auditRange(ctx, manager, NO_AUDIT_FILTER)
    const created = rows.find((r) => r.entry.action === 'request:create' && r.entry.entityId === first.id)
    expect(created).toMatchObject({ receiptNo: first.receiptNo, requestId: first.id })
    const issued = rows.find((r) => r.entry.action === 'number:issue' && r.entry.summary.includes(first.receiptNo))
    expect(issued).toMatchObject({ receiptNo: first.receiptNo, requestId: first.id })
    const renamed = rows.find((r) => r.entry.action === 'staff:update' && r.entry.entityId === reception.id)
    expect(renamed?.staffName).toBe('鈴木 受付係')
  })

  it('filters by 受付番号, by staff, by action and by Japan calendar days, each through an index', async () => {
    const { ctx, manager, reception, first, second } = await seeded()
    const of = async (f: Partial<typeof NO_AUDIT_FILTER>) =>
      (await auditRange(ctx, manager, { ...NO_AUDIT_FILTER, ...f })).map((r) => r.entry)
    expect((await of({ receiptNo: first.receiptNo })).every((e) => e.entityId === first.id)).toBe(true)
    expect((await of({ receiptNo: first.receiptNo, action: 'request:view' })).length).toBe(5)
    expect((await of({ actorId: reception.id })).every((e) => e.actorId === reception.id)).toBe(true)
    expect((await of({ actorId: manager.id, action: 'request:view' })).length).toBe(5)
    const created = await of({ action: 'request:create' })
    expect(created.map((e) => e.entityId)).toEqual([second.id, first.id])
    expect(
      (await of({ action: 'request:create', from: '2026-11-26', to: '2026-11-26' })).map((e) => e.entityId)
    ).toEqual([second.id])
    const unknown = await auditPage(ctx, manager, { ...NO_AUDIT_FILTER, receiptNo: '2026-9999' }, null, 10)
    expect(unknown).toMatchObject({ rows: [], unknownReceiptNo: true })
  })

  it('is a 管理者 read, and an export is recorded (and its failure too) for a 管理者 only', async () => {
    const { ctx, manager, reception } = await seeded()
    await expect(auditPage(ctx, reception, NO_AUDIT_FILTER, null, 10)).rejects.toThrow('管理者のみ')
    await expect(recordAuditExport(ctx, reception, NO_AUDIT_FILTER, 3)).rejects.toThrow('監査記録の出力は管理者のみ')
    await recordAuditExport(ctx, manager, { ...NO_AUDIT_FILTER, action: 'request:view' }, 5)
    await recordAuditExportUndone(ctx, manager, '保存は取り消されました。')
    const top = await auditPage(ctx, manager, NO_AUDIT_FILTER, null, 2)
    expect(top.rows.map((r) => [r.entry.action, r.entry.summary])).toEqual([
      ['audit:csv:undone', '監査記録の出力は完了しませんでした(保存は取り消されました。)'],
      ['audit:csv', '監査記録(5件)をCSVに保存']
    ])
  })
})
