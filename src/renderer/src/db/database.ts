// The register's IndexedDB database. One numbered version per schema change, each with a one-line note;
// versions only add (SPEC.md: schema changes are additive), and every upgrade is tested on the previous one's data.
import { Dexie, type Table } from 'dexie'
import type { AuditEntry } from '../domain/audit'
import type { LetterRecord } from '../domain/letters/record'
import type { RequestRecord } from '../domain/request'
import { restoreRequest } from '../domain/requestRestore'
import type { StaffRecord } from '../domain/staff'

export const DB_NAME = 'kaiji-uketsukebo'

export interface SettingsRow {
  id: 'clinic'
  clinicId: string
  deviceId: string
  value: unknown
  createdAt: string
  updatedAt: string
}

/** This installation's identity: generated once, never replicated. */
export interface DeviceRow {
  id: 'this'
  deviceId: string
  clinicId: string
  createdAt: string
}

export interface NumberingRow {
  id: string
  clinicId: string
  deviceId: string
  year: number
  next: number
  createdAt: string
  updatedAt: string
}

/** The 復旧コード's hash (never the code); one row for the clinic. */
export interface RecoveryRow {
  id: 'clinic'
  clinicId: string
  deviceId: string
  codeHash: string
  createdAt: string
  updatedAt: string
}

export class RegisterDb extends Dexie {
  requests!: Table<RequestRecord, string>
  staff!: Table<StaffRecord, string>
  settings!: Table<SettingsRow, string>
  device!: Table<DeviceRow, string>
  audit!: Table<AuditEntry, string>
  numbering!: Table<NumberingRow, string>
  letters!: Table<LetterRecord, string>
  recovery!: Table<RecoveryRow, string>

  constructor(name = DB_NAME) {
    // Writes staff see as saved are flushed to disk before `complete` (SPEC.md "Where the data lives").
    super(name, { chromeTransactionDurability: 'strict' })
    // v1: requests, staff, settings, device identity, audit chain, receipt numbering.
    this.version(1).stores({
      requests: 'id, &receiptNo, [receivedOn+receiptNo], status, kind, dueOn, *searchKeys, updatedAt',
      staff: 'id, name, updatedAt',
      settings: 'id',
      device: 'id',
      audit: 'id, &[deviceId+deviceSeq], entityId, at',
      numbering: 'id'
    })
    // v2: letters as issued (通知書), added beside the v1 tables; no v1 row changes.
    this.version(2).stores({ letters: 'id, requestId, documentNo, issuedOn, updatedAt' })
    // v5: the recovery code's hash, in its own table beside the others; no earlier row changes.
    this.version(5).stores({ recovery: 'id' })
    // Every request read passes through the fill-defaults step, so older rows gain the fields added since.
    this.requests.hook('reading', restoreRequest)
  }
}
