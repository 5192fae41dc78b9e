// A fresh database with one 管理者 and one 受付 in the staff table, for the record repositories' manager checks.
import 'fake-indexeddb/auto'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { addStaff, createFirstManager } from '../../../src/renderer/src/db/staffRepo'
import type { Actor } from '../../../src/renderer/src/domain/staff'
import type { ProcedureForm } from '../../../src/renderer/src/domain/procedure/forms'
import type { ProvisionForm } from '../../../src/renderer/src/domain/provisions/forms'

export interface RecordsSetup {
  ctx: DbContext
  clock: { now: Date }
  manager: Actor
  reception: Actor
}

export async function setupWithStaff(iso = '2026-11-25T01:00:00.000Z'): Promise<RecordsSetup> {
  const clock = { now: new Date(iso) }
  const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => clock.now)
  const m = await createFirstManager(ctx, { name: '佐藤 管理', pinHash: '' })
  const r = await addStaff(
    ctx,
    { id: m.id, name: m.name, role: 'manager' },
    { name: '鈴木 受付', role: 'reception', pinHash: '' }
  )
  return {
    ctx,
    clock,
    manager: { id: m.id, name: m.name, role: m.role },
    reception: { id: r.id, name: r.name, role: r.role }
  }
}

export const procedureForm = (o: Partial<ProcedureForm> = {}): ProcedureForm => ({
  effectiveFrom: '2026-04-01',
  whereToApply: '受付窓口',
  forms: '所定の請求書',
  identityDocs: '運転免許証等',
  feePayment: '現金',
  fees: { perRequest: 1000, perPageBw: 10, perPageColour: 50, perDisc: 300, postage: 140, explanationPer30Min: 0 },
  methods: ['paper', 'electronic'],
  complaintWindow: '事務局',
  ...o
})

/** A bulk receipt record (受領の記録) as a manager enters it. */
export const receiptRecordForm = (): ProvisionForm => ({
  direction: 'receipt',
  form: 'bulk',
  contract: false,
  recordedOn: '2026-11-25',
  lastProvidedOn: '2026-11-25',
  counterpartyName: '港クリニック',
  counterpartyAddress: '東京都港区芝1-1-1',
  counterpartyRepresentative: '港 一郎',
  personName: '山田 太郎',
  personKana: 'ヤマダ タロウ',
  dataItems: '紹介状',
  basis: 'notApplicable',
  howObtained: '本人から取得',
  note: ''
})
