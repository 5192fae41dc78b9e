// Stored-row schemas for everything beside requests: staff, settings, this device, numbering, the audit
// trail and issued letters. Each is the one definition of its row's shape; types come from z.infer.
import { z } from 'zod'
import { letterContentSchema } from '../letters/content'
import { isLetterTemplateId } from '../letters/templates'
import type { LetterTemplateId } from '../outcomes'
import { instant, isoDate, rowIdentity } from './primitives'
import { sentBySchema } from './request'

export const roleIdSchema = z.enum(['reception', 'manager'])

export const staffRecordSchema = z.object({
  ...rowIdentity,
  name: z.string(),
  role: roleIdSchema,
  /** 'pbkdf2-sha256$…' or '' before a PIN is set; never the PIN itself. */
  pinHash: z.string(),
  active: z.boolean(),
  failures: z.number().int().min(0),
  lockedUntil: instant.nullable(),
  /** Set when a manager reset the PIN: the staff member chooses a new one at the next login. */
  mustChangePin: z.boolean().optional(),
  createdAt: instant,
  updatedAt: instant
})

/** The settings row; its value is read through restoreSettings, which fills defaults field group by group. */
export const settingsRowSchema = z.object({
  id: z.literal('clinic'),
  clinicId: z.string().min(1),
  deviceId: z.string().min(1),
  value: z.unknown(),
  createdAt: instant,
  updatedAt: instant
})

/** This installation's identity: generated once, never replicated. */
export const deviceRowSchema = z.object({
  id: z.literal('this'),
  deviceId: z.string().min(1),
  clinicId: z.string().min(1),
  createdAt: instant,
  /** The app version and schema version that last opened the register for writing (absent before 0.2). */
  openedBy: z.object({ appVersion: z.string(), schemaVersion: z.number().int().min(1) }).optional()
})

export const numberingRowSchema = z.object({
  ...rowIdentity,
  year: z.number().int().min(2000).max(9999),
  next: z.number().int().min(1),
  createdAt: instant,
  updatedAt: instant
})

export const AUDIT_ENTITIES = [
  'request',
  'staff',
  'settings',
  'numbering',
  'letter',
  'export',
  'session',
  'retention',
  'backup',
  'import',
  'incident',
  'provision',
  'procedure'
] as const
export const auditEntitySchema = z.enum(AUDIT_ENTITIES)

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)

export const auditEntrySchema = z.object({
  ...rowIdentity,
  deviceSeq: z.number().int().min(1),
  at: instant,
  actorId: z.string(),
  actorName: z.string(),
  entity: auditEntitySchema,
  entityId: z.string(),
  action: z.string().min(1),
  /** Japanese, for the history screen. Holds no personal data; that lives in the payload. */
  summary: z.string(),
  /** What changed; null once purged. */
  payload: z.unknown(),
  payloadHash: sha256,
  prevHash: sha256,
  hash: sha256
})

export const letterRecordSchema = z.object({
  ...rowIdentity,
  requestId: z.string().min(1),
  templateId: z.custom<LetterTemplateId>((v) => typeof v === 'string' && isLetterTemplateId(v)),
  documentNo: z.string(),
  content: letterContentSchema,
  issuedOn: isoDate,
  sentBy: sentBySchema,
  /** Staff id of who issued it. */
  issuedBy: z.string(),
  issuedByName: z.string(),
  reprintCount: z.number().int().min(0),
  createdAt: instant,
  updatedAt: instant
})

/** The 復旧コード's hash (never the code); one row for the clinic. */
export const recoveryRowSchema = z.object({
  id: z.literal('clinic'),
  clinicId: z.string().min(1),
  deviceId: z.string().min(1),
  codeHash: z.string().min(1),
  createdAt: instant,
  updatedAt: instant
})
