// The register's IndexedDB database. One numbered version per schema change, each with a one-line note;
// versions only add (SPEC.md: schema changes are additive), and every upgrade is tested on the previous one's data.
import { Dexie, type Table } from 'dexie'
import type { z } from 'zod'
import type { AuditEntry } from '../domain/audit'
import type { deviceRowSchema, numberingRowSchema, settingsRowSchema } from '../domain/records'
import type { LetterRecord } from '../domain/letters/record'
import type { IncidentRecord } from '../domain/records/incident'
import type { ProvisionRecord } from '../domain/records/provision'
import type { ProcedureVersion } from '../domain/records/procedure'
import type { RequestRecord } from '../domain/request'
import type { StaffRecord } from '../domain/staff'

export const DB_NAME = 'kaiji-uketsukebo'

export type SettingsRow = z.infer<typeof settingsRowSchema>
/** This installation's identity: generated once, never replicated. */
export type DeviceRow = z.infer<typeof deviceRowSchema>
export type NumberingRow = z.infer<typeof numberingRowSchema>

export class RegisterDb extends Dexie {
  requests!: Table<RequestRecord, string>
  staff!: Table<StaffRecord, string>
  settings!: Table<SettingsRow, string>
  device!: Table<DeviceRow, string>
  audit!: Table<AuditEntry, string>
  numbering!: Table<NumberingRow, string>
  letters!: Table<LetterRecord, string>
  incidents!: Table<IncidentRecord, string>
  provisions!: Table<ProvisionRecord, string>
  procedures!: Table<ProcedureVersion, string>

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
    // v6: the records around the requests (leak incidents, provision and receipt records, versions of the
    // published procedure), beside the earlier tables; no earlier row changes.
    this.version(6).stores({
      incidents: 'id, knownAt, *requestIds, updatedAt',
      provisions: 'id, recordedOn, retentionEnd, updatedAt',
      procedures: 'id, effectiveFrom'
    })
  }
}
