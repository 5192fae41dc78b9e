// The documents this PC writes into and reads from its PouchDB copy of the clinic's CouchDB database. The shapes
// and ids are shared with the server's design document (resources/couchdb/), which refuses anything else.
import { z } from 'zod'
import { auditEntrySchema } from '../../domain/records'
import type { AuditEntry } from '../../domain/audit'
import { entryDocId } from '../../../../shared/syncPolicy'

export const entryDocSchema = z.object({
  _id: z.string(),
  type: z.literal('entry'),
  writer: z.string(),
  entry: auditEntrySchema,
  /** A staff entry's PIN hash, checked against the digest its entry names (domain/staffShare.ts). */
  credential: z.string().nullable().optional()
})

export const deviceDocSchema = z.object({
  _id: z.string(),
  type: z.literal('device'),
  writer: z.string(),
  deviceId: z.string(),
  clinicId: z.string(),
  createdAt: z.string()
})

export const clinicDocSchema = z.object({ _id: z.string(), type: z.literal('clinic'), clinicId: z.string() })

export type EntryDoc = z.infer<typeof entryDocSchema>

export function entryDoc(entry: AuditEntry, writer: string, credential: string | null): EntryDoc {
  const doc: EntryDoc = { _id: entryDocId(entry.deviceId, entry.deviceSeq), type: 'entry', writer, entry }
  if (credential !== null) doc.credential = credential
  return doc
}

/** All ids of one device's entries sort between these two keys. */
export function deviceRange(deviceId: string): { startkey: string; endkey: string } {
  return { startkey: `${deviceId}:`, endkey: `${deviceId}:\uffff` }
}
