// Reading stored rows back: every row from IndexedDB or a backup passes its table's schema here, and a row
// that does not is reported as damaged (with its id), never passed on as if it were valid.
import type { z } from 'zod'
import type { RegisterSummary } from '../registerSummary'
import { hasSummaryShape, registerSummarySchema } from './summary'
import {
  auditEntrySchema,
  deviceRowSchema,
  letterRecordSchema,
  numberingRowSchema,
  recoveryRowSchema,
  settingsRowSchema,
  staffRecordSchema
} from './others'
import { requestRecordSchema } from './request'
import { incidentRecordSchema } from './incident'
import { purgedRequestSchema } from '../retention'
import { provisionRecordSchema } from './provision'
import { procedureVersionSchema } from './procedure'
import { concurrentFlagSchema, numberLeaseSchema } from './sync'

export * from './others'
export * from './request'
export * from './incident'
export * from './provision'
export * from './procedure'
export * from './sync'

/** Each table of the register and the schema of its rows. */
export const STORED_SCHEMAS = {
  requests: requestRecordSchema,
  staff: staffRecordSchema,
  settings: settingsRowSchema,
  device: deviceRowSchema,
  audit: auditEntrySchema,
  numbering: numberingRowSchema,
  letters: letterRecordSchema,
  incidents: incidentRecordSchema,
  purged: purgedRequestSchema,
  recovery: recoveryRowSchema,
  provisions: provisionRecordSchema,
  procedures: procedureVersionSchema,
  summaries: registerSummarySchema,
  concurrent: concurrentFlagSchema,
  leases: numberLeaseSchema
} as const

export type StoredTable = keyof typeof STORED_SCHEMAS
export type StoredRow<T extends StoredTable> = z.infer<(typeof STORED_SCHEMAS)[T]>

export interface DamagedRow {
  table: StoredTable
  /** The row's id if it has a readable one. */
  id: string
  /** Where the row fails its schema, for IT (paths and zod messages). */
  problems: string[]
}

export type RowReading<T> = { ok: true; row: T } | { ok: false; damaged: DamagedRow }

function idOf(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = raw.id
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return '(不明)'
}

/** Parses one stored row of a table. */
export function readStoredRow<T extends StoredTable>(table: T, raw: unknown): RowReading<StoredRow<T>> {
  const result = STORED_SCHEMAS[table].safeParse(raw)
  if (result.success) return { ok: true, row: result.data as StoredRow<T> }
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(行)'}: ${i.message}`)
  return { ok: false, damaged: { table, id: idOf(raw), problems } }
}

/** The register's summaries: the quick shape check first, the full schema only for a row it doubts. */
export function readSummaries(raws: readonly unknown[]): { rows: RegisterSummary[]; damaged: DamagedRow[] } {
  const rows: RegisterSummary[] = []
  const damaged: DamagedRow[] = []
  for (const raw of raws) {
    if (hasSummaryShape(raw)) {
      rows.push(raw)
      continue
    }
    const r = readStoredRow('summaries', raw)
    if (r.ok) rows.push(r.row)
    else damaged.push(r.damaged)
  }
  return { rows, damaged }
}

/** Splits rows into those that parse and those that are damaged. */
export function readStoredRows<T extends StoredTable>(
  table: T,
  raws: readonly unknown[]
): { rows: StoredRow<T>[]; damaged: DamagedRow[] } {
  const rows: StoredRow<T>[] = []
  const damaged: DamagedRow[] = []
  for (const raw of raws) {
    const r = readStoredRow(table, raw)
    if (r.ok) rows.push(r.row)
    else damaged.push(r.damaged)
  }
  return { rows, damaged }
}
