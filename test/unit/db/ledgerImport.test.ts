import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { auditFor, verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { importLedger } from '../../../src/renderer/src/db/bulkImport'
import { createRequest } from '../../../src/renderer/src/db/requests'
import { loadMonthlyLog } from '../../../src/renderer/src/db/monthlyQuery'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { MANAGER, RECEPTION, makeIntake, seedStaff } from '../requestFixtures'

async function fresh() {
  const ctx = await openContext(
    new RegisterDb(`test-${crypto.randomUUID()}`),
    () => new Date('2026-11-25T01:00:00.000Z')
  )
  await seedStaff(ctx)
  return ctx
}

describe('importing an old ledger', () => {
  it('keeps the ledger number, numbers by receipt year with number:issue entries, and closes past requests', async () => {
    const ctx = await fresh()
    await createRequest(ctx, MANAGER, makeIntake(), DEFAULT_DEADLINE_RULE)
    const rows = [
      {
        intake: makeIntake({ receivedOn: '2025-04-03' }),
        legacyReceiptNo: 'R7-015',
        end: { status: 'closed' as const, notifiedOn: '2025-04-10', closedOn: '2025-04-10' }
      },
      { intake: makeIntake({ receivedOn: '2026-01-05' }), legacyReceiptNo: 'R8-001', end: null },
      {
        intake: makeIntake({ receivedOn: '2025-05-01' }),
        legacyReceiptNo: '',
        end: { status: 'withdrawn' as const, closedOn: '2025-05-02' }
      }
    ]
    expect(await importLedger(ctx, MANAGER, rows, DEFAULT_DEADLINE_RULE, undefined, 'ledger.csv')).toBe(3)
    const all = await ctx.db.requests.toArray()
    const closed = all.find((r) => r.legacyReceiptNo === 'R7-015')
    expect(closed?.receiptNo).toBe('2025-0001')
    expect(closed?.status).toBe('closed')
    expect(closed?.notice?.issuedOn).toBe('2025-04-10')
    expect(all.find((r) => r.legacyReceiptNo === 'R8-001')?.receiptNo).toBe('2026-0002')
    expect(all.find((r) => r.receivedOn === '2025-05-01')).toMatchObject({
      status: 'withdrawn',
      receiptNo: '2025-0002'
    })
    expect(all.find((r) => r.receivedOn === '2025-05-01')?.legacyReceiptNo).toBeUndefined()

    const issued = (await ctx.db.audit.toArray()).filter((e) => e.action === 'number:issue').map((e) => e.summary)
    expect(issued).toEqual([
      '受付番号 2026-0001 を採番',
      '受付番号 2025-0001 を採番',
      '受付番号 2026-0002 を採番',
      '受付番号 2025-0002 を採番'
    ])
    expect(closed && (await auditFor(ctx, closed.id)).map((e) => e.summary)).toEqual([
      '一括取込 2025-0001(台帳の番号 R7-015)'
    ])
    expect((await auditFor(ctx, 'ledger')).map((e) => e.summary)).toEqual(['台帳から3件を取込(うち完了・取下げ2件)'])
    expect((await verifyAuditChain(ctx)).problems).toEqual([])

    // The past month's log counts the imported request as received and notified in April 2025.
    const april = await loadMonthlyLog(ctx, '2025-04', '2026-11-25')
    expect(april.rows.map((r) => r.receiptNo)).toEqual(['2025-0001'])
  })

  it('refuses an import by reception staff', async () => {
    const ctx = await fresh()
    await expect(importLedger(ctx, RECEPTION, [], DEFAULT_DEADLINE_RULE)).rejects.toThrow('管理者のみ')
  })
})
