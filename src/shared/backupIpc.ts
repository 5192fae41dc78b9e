// The backup part of the IPC contract: the manifest every backup file starts with, the anchor file that
// remembers a register existed, and the arguments and results of their channels.
import { z } from 'zod'

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

/** Each device's audit chain head: its last deviceSeq and that entry's hash. */
export const chainHeadSchema = z.object({
  deviceId: z.string().min(1),
  deviceSeq: z.number().int().min(0),
  hash: z.string()
})

export const backupManifestSchema = z.object({
  format: z.literal('kaiji-uketsukebo-backup'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  clinicId: z.string().min(1),
  deviceId: z.string().min(1),
  /** UTC, ISO 8601. */
  createdAt: z.iso.datetime(),
  counts: z.record(z.string(), z.number().int().min(0)),
  chainHeads: z.array(chainHeadSchema),
  /** SHA-256 of the content (the table dump's JSON text, UTF-8). */
  sha256: sha256Hex
})
export type BackupManifest = z.infer<typeof backupManifestSchema>

/** '' means the default folder beside the profile. */
const folder = z.string().max(260)
/** Only names this app writes; never a path. */
export const backupFileName = z.string().regex(/^kaiji-backup-\d{8}T\d{6}Z(-\d+)?\.json\.gz$/)

export const backupWriteArgs = z.object({
  folder,
  manifest: backupManifestSchema,
  content: z.string().max(1_500_000_000)
})
export const backupWriteResult = z.object({
  fileName: z.string(),
  filePath: z.string(),
  sizeBytes: z.number(),
  removed: z.number()
})

export const backupListEntry = z.object({
  fileName: z.string(),
  sizeBytes: z.number(),
  /** null when the file's first line is not a readable manifest (the file is damaged). */
  manifest: backupManifestSchema.nullable()
})
export type BackupListEntry = z.infer<typeof backupListEntry>
export const backupListResult = z.object({
  folder: z.string(),
  /** False while backups sit on the same disk as the register: one disk failure would take both. */
  separateDisk: z.boolean(),
  entries: z.array(backupListEntry)
})
export type BackupList = z.infer<typeof backupListResult>

export const backupListArgs = z.object({ folder })
export const backupReadArgs = z.object({ folder, fileName: backupFileName })
/** The decompressed file: the manifest line, a newline, then the content. The renderer checks all of it. */
export const backupReadResult = z.object({ fileName: z.string(), text: z.string() })
export const backupOpenResult = backupReadResult.nullable()

export const anchorSchema = z.object({
  clinicId: z.string().min(1),
  deviceId: z.string().min(1),
  updatedAt: z.iso.datetime(),
  chainHeads: z.array(chainHeadSchema),
  counts: z.record(z.string(), z.number().int().min(0)),
  /** Where the backups were going, so a register that vanished with its settings can still be restored. */
  backupFolder: folder,
  /** Who to call, from the last known settings (窓口名・電話). */
  contact: z.string().max(200),
  lastBackupAt: z.iso.datetime().nullable()
})
export type Anchor = z.infer<typeof anchorSchema>
export const anchorReadResult = anchorSchema.nullable()
