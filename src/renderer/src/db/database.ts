// The register's IndexedDB database. One numbered version per schema change, each with a one-line note;
// versions only add (SPEC.md: schema changes are additive), and every upgrade is tested on the previous one's data.
import { Dexie, type Table } from 'dexie'
import type { z } from 'zod'
import type { AuditEntry } from '../domain/audit'
import type { deviceRowSchema, numberingRowSchema, recoveryRowSchema, settingsRowSchema } from '../domain/records'
import type { LetterRecord } from '../domain/letters/record'
import type { IncidentRecord } from '../domain/records/incident'
import { summarize, withOpenDue, type RegisterSummary } from '../domain/registerSummary'
import { isOpen } from '../domain/status'
import type { PurgedRequest } from '../domain/retention'
import type { ProvisionRecord } from '../domain/records/provision'
import type { ProcedureVersion } from '../domain/records/procedure'
import type { RequestRecord } from '../domain/request'
import { restoreRequest } from '../domain/requestRestore'
import type { StaffRecord } from '../domain/staff'
import type { ConcurrentFlag, NumberLease } from '../domain/records/sync'

export const DB_NAME = 'kaiji-uketsukebo'
const UPGRADE_PAGE = 1000

declare const __TEST_HOOKS__: boolean

/**
 * The benchmark's seed page (`?bench-seed`, app/benchSeedPage.ts): only in the web test build, where
 * __TEST_HOOKS__ is true; the desktop build compiles this to false, so its register is always opened strict.
 */
export function isBenchSeedPage(): boolean {
  return __TEST_HOOKS__ && typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench-seed')
}

export type SettingsRow = z.infer<typeof settingsRowSchema>
/** This installation's identity: generated once, never replicated. */
export type DeviceRow = z.infer<typeof deviceRowSchema>
export type NumberingRow = z.infer<typeof numberingRowSchema>

/** The 復旧コード's hash (never the code); one row for the clinic. */
export type RecoveryRow = z.infer<typeof recoveryRowSchema>

/** Visits a table's rows in pages by id, so an upgrade never holds a register with long histories whole. */
async function inPagesById<T extends { id: string }>(
  table: Table<T, string>,
  visit: (page: T[]) => Promise<unknown>
): Promise<void> {
  let last: string | undefined
  for (;;) {
    const from = last === undefined ? table.orderBy(':id') : table.where(':id').above(last)
    const page = await from.limit(UPGRADE_PAGE).toArray()
    const tail = page.at(-1)
    if (!tail) return
    await visit(page)
    last = tail.id
  }
}

export class RegisterDb extends Dexie {
  requests!: Table<RequestRecord, string>
  staff!: Table<StaffRecord, string>
  settings!: Table<SettingsRow, string>
  device!: Table<DeviceRow, string>
  audit!: Table<AuditEntry, string>
  numbering!: Table<NumberingRow, string>
  letters!: Table<LetterRecord, string>
  summaries!: Table<RegisterSummary, string>
  incidents!: Table<IncidentRecord, string>
  purged!: Table<PurgedRequest, string>
  recovery!: Table<RecoveryRow, string>
  provisions!: Table<ProvisionRecord, string>
  procedures!: Table<ProcedureVersion, string>
  concurrent!: Table<ConcurrentFlag, string>
  leases!: Table<NumberLease, string>

  constructor(name = DB_NAME) {
    // Writes staff see as saved are flushed to disk before `complete` (SPEC.md "Where the data lives").
    // The one exception: the benchmark's seed page in the web test build (isBenchSeedPage), which fills a register
    // of 100,000 requests through the repository functions and may lose its last writes if the machine stops. It
    // commits 'relaxed' (the operating system flushes when it will); what is written is the same.
    super(name, { chromeTransactionDurability: isBenchSeedPage() ? 'relaxed' : 'strict' })
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
    // v3: register summaries (one small row per request, filled from the requests on upgrade) with indexes for
    // the home page ([status+dueOn]) and the monthly log (receivedOn, notifiedOn, *openMonths).
    this.version(3)
      .stores({ summaries: 'id, [status+dueOn], receivedOn, notifiedOn, *openMonths' })
      .upgrade(async (tx) => {
        const summaries = tx.table<RegisterSummary, string>('summaries')
        await inPagesById(tx.table<RequestRecord, string>('requests'), (page) => summaries.bulkPut(page.map(summarize)))
      })
    // v4: purged, what a retention purge keeps of each request (counts for past months), beside the earlier tables.
    this.version(4).stores({ purged: 'id, receiptNo, receivedOn, closedOn' })
    // v5: the recovery code's hash, in its own table beside the others; no earlier row changes.
    this.version(5).stores({ recovery: 'id' })
    // v6: the records around the requests (leak incidents, provision and receipt records, versions of the
    // published procedure), beside the earlier tables; no earlier row changes.
    this.version(6).stores({
      incidents: 'id, knownAt, *requestIds, updatedAt',
      provisions: 'id, recordedOn, retentionEnd, updatedAt',
      procedures: 'id, effectiveFrom'
    })
    // v7: the audit trail by who acted and by action, each in time order, so the 監査記録 screen's filters page
    // through 500,000 entries by index instead of reading them all.
    this.version(7).stores({ audit: 'id, &[deviceId+deviceSeq], entityId, at, [actorId+at], [action+at]' })
    // v8: sharing between PCs — requests flagged for concurrent edits, and 受付番号 blocks leased from the server;
    // beside the earlier tables, no earlier row changes.
    this.version(8).stores({ concurrent: 'id', leases: 'id, year' })
    // v9: the summaries' target date while open (openDueOn, absent once closed), indexed for the home page and the
    // monthly log in place of [status+dueOn], which changed key at every step: IndexedDB keeps each old key as a
    // stale entry that every later range walks (800 ms for the home page's 2,445 open requests at 50,000).
    // Filled on upgrade from each summary's own status, in pages by id; the old index is dropped.
    this.version(9)
      .stores({ summaries: 'id, receivedOn, notifiedOn, *openMonths, openDueOn' })
      .upgrade(async (tx) => {
        const summaries = tx.table<RegisterSummary, string>('summaries')
        await inPagesById(summaries, (page) =>
          summaries.bulkPut(page.filter((row) => isOpen(row.status)).map(withOpenDue))
        )
      })
    // v10: the open requests by day of receipt ([receivedOn+openDueOn]: only open summaries carry openDueOn, so
    // only they are in it), for the monthly log's requests carried over from earlier months. Before it, a month
    // read the keys of every request received after it to set those aside: 0.3 s for a month three months back at
    // 100,000 requests, 0.9 s for one a year back, growing with the register. IndexedDB builds the index from the
    // rows as they are; no row changes.
    this.version(10).stores({
      summaries: 'id, receivedOn, notifiedOn, *openMonths, openDueOn, [receivedOn+openDueOn]'
    })
    // Every request read passes through the fill-defaults step, so older rows gain the fields added since.
    this.requests.hook('reading', restoreRequest)
  }
}
