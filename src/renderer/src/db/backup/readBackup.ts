// Checking a backup file (manifest line, newline, content) before anything is touched. The content is read as it
// streams, row by row, so a backup of 100,000 requests is checked without being held in memory.
import {
  BROKEN,
  CHECKSUM_MESSAGE,
  createDumpCheck,
  refuseManifest,
  type BackupCheck,
  type ManifestView
} from '../../domain/backup/checkBackup'
import type { DbContext } from '../context'
import type { Progress } from './exportBackup'
import { createDumpReader, readPieces } from './dumpReader'
import { sha256OfBlob } from './sha256'

const NOT_A_BACKUP = '受付簿のバックアップファイルではないか、壊れています。別のファイルを選んでください。'
/** A manifest line is a few kilobytes; anything longer is not one of ours. */
const MANIFEST_LIMIT = 64 * 1024
/** How much of the dump the reader takes at a time. */
const READ_BYTES = 4 * 1024 * 1024

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The manifest and where the content starts; null when the file does not begin with one. */
export async function readManifestLine(
  file: Blob,
  parseManifest: (raw: unknown) => ManifestView | null
): Promise<{ manifest: ManifestView; content: Blob } | null> {
  const head = new Uint8Array(await file.slice(0, MANIFEST_LIMIT).arrayBuffer())
  const nl = head.indexOf(0x0a)
  if (nl < 0) return null
  const manifest = parseManifest(parseJson(new TextDecoder().decode(head.subarray(0, nl))))
  return manifest ? { manifest, content: file.slice(nl + 1) } : null
}

/**
 * Checks a backup file. `parseManifest` is the shared manifest schema (the platform layer owns it); `clinicId` is
 * the clinic the register belongs to, or the anchor's when the register vanished. Progress counts bytes checksummed,
 * then rows read.
 */
export async function checkBackupFile(
  ctx: DbContext,
  file: Blob,
  parseManifest: (raw: unknown) => ManifestView | null,
  clinicId: string | null,
  onProgress?: Progress
): Promise<BackupCheck> {
  const read = await readManifestLine(file, parseManifest)
  if (!read) return { ok: false, message: NOT_A_BACKUP }
  const { manifest, content } = read
  const refused = refuseManifest(manifest, ctx.db.verno)
  if (refused) return { ok: false, message: refused }
  if ((await sha256OfBlob(content)) !== manifest.sha256) return { ok: false, message: CHECKSUM_MESSAGE }
  const check = createDumpCheck(manifest, clinicId)
  const total = Object.values(manifest.counts).reduce((a, b) => a + b, 0)
  let rows = 0
  const reader = createDumpReader((table, row) => {
    check.row(table, row)
    rows += 1
  })
  try {
    await readPieces(content, READ_BYTES, (piece) => {
      reader.write(piece)
      onProgress?.(rows, total)
    })
    reader.end()
  } catch {
    return { ok: false, message: BROKEN }
  }
  return check.end(content)
}
