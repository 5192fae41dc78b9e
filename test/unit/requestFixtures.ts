// Shared test data for the domain and db tests: a plausible intake, a stored record built from it, and actors.
import { chainHeads } from '../../src/renderer/src/db/backup/registerState'
import type { ChainHead } from '../../src/renderer/src/domain/chainCheck'
import type { IntakeData, RequestRecord } from '../../src/renderer/src/domain/request'
import type { Actor } from '../../src/renderer/src/domain/staff'
import type { DbContext } from '../../src/renderer/src/db/context'

export const MANAGER: Actor = { id: 'staff-manager', name: '佐藤 管理', role: 'manager' }
export const RECEPTION: Actor = { id: 'staff-reception', name: '鈴木 受付', role: 'reception' }

export function makeIntake(overrides: Partial<IntakeData> = {}): IntakeData {
  return {
    receivedOn: '2026-11-20',
    channel: 'counter',
    kind: 'disclosure',
    person: {
      name: '山田 太郎',
      nameKana: 'ヤマダ タロウ',
      birthDate: '1980-04-01',
      patientNo: 'A-1234',
      postalCode: '105-0001',
      address: '東京都港区虎ノ門1-2-3',
      phone: '03-1234-5678',
      email: 'taro@example.jp'
    },
    requester: {
      type: 'self',
      agentName: '',
      agentKana: '',
      relation: '',
      postalCode: '',
      address: '',
      phone: '',
      email: ''
    },
    dataCategories: ['appointments'],
    dataOther: '',
    requestGrounds: [],
    disclosureMethod: 'paper',
    fee: 1000,
    details: '',
    ...overrides
  }
}

export function makeRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    ...makeIntake(),
    id: 'req-1',
    clinicId: 'clinic-1',
    deviceId: 'device-1',
    receiptNo: '2026-0001',
    status: 'received',
    heldFrom: null,
    dueOn: '2026-12-04',
    statutoryOn: '2026-12-04',
    identity: null,
    investigation: null,
    decision: null,
    approval: null,
    history: [],
    notice: null,
    closedOn: null,
    searchKeys: [],
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
    createdBy: RECEPTION.id,
    updatedBy: RECEPTION.id,
    ...overrides
  }
}

import type { DecisionDraft } from '../../src/renderer/src/domain/decisionRules'
export type { DecisionDraft }

export function makeDecision(overrides: Partial<DecisionDraft> = {}): DecisionDraft {
  return {
    outcome: 'fullDisclosure',
    groundIds: [],
    reason: '',
    withheldParts: '',
    actionTaken: '',
    methodChangedToPaper: false,
    methodChangeReason: '',
    disclosureDate: '2026-11-30',
    ...overrides
  }
}

/** Puts the actors into the staff table (active, no PIN), as the data layer checks who acts against it. */
export async function seedStaff(ctx: DbContext, actors: readonly Actor[] = [MANAGER, RECEPTION]): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z'
  await ctx.db.staff.bulkPut(
    actors.map((a) => ({
      id: a.id,
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      name: a.name,
      role: a.role,
      pinHash: '',
      active: true,
      failures: 0,
      lockedUntil: null,
      createdAt: at,
      updatedAt: at
    }))
  )
}

/** A backup for the purges' backup-first rule: one that holds every entry written so far. */
export function backedUp(ctx: DbContext): () => Promise<{ chainHeads: ChainHead[] }> {
  return async () => ({ chainHeads: await chainHeads(ctx) })
}
