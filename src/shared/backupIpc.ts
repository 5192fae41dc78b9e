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

/** A backup is written and read in pieces (a register of 100,000 requests is far larger than one message). */
const token = z.uuid()
/** One piece of a backup's content; the renderer sends 8 MB at most. */
const piece = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= 16 * 1024 * 1024, 'バックアップの区切りが大きすぎます')

export const backupBeginArgs = z.object({ folder, manifest: backupManifestSchema })
export const backupSession = z.object({ token })
export const backupAppendArgs = z.object({ token, chunk: piece })
export const backupAppendResult = z.object({ received: z.number().int().min(0) })
export const backupTokenArgs = z.object({ token })
export const backupAbortResult = z.object({ aborted: z.boolean() })
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
/** A backup file opened for reading; its decompressed text (manifest line, newline, content) comes in pieces. */
export const backupReadSession = z.object({ token, fileName: z.string() })
export const backupOpenResult = backupReadSession.nullable()
/** The next piece of the decompressed file, or null at its end. The renderer checks all of it. */
export const backupChunkResult = z.object({ chunk: z.instanceof(Uint8Array).nullable() })

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
