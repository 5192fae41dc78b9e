// Reading a backup file's text (manifest line, newline, content) and checking all of it before anything is touched.
import { checkBackup, type BackupCheck, type ManifestView } from '../../domain/backup/checkBackup'
import type { DbContext } from '../context'
import { sha256OfText } from './sha256'

const NOT_A_BACKUP = '受付簿のバックアップファイルではないか、壊れています。別のファイルを選んでください。'

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/**
 * Checks a backup's text. `parseManifest` is the shared manifest schema (the platform layer owns it);
 * `clinicId` is the clinic the register belongs to, or the anchor's when the register vanished.
 */
export async function checkBackupText(
  ctx: DbContext,
  text: string,
  parseManifest: (raw: unknown) => ManifestView | null,
  clinicId: string | null
): Promise<BackupCheck> {
  const nl = text.indexOf('\n')
  if (nl < 0) return { ok: false, message: NOT_A_BACKUP }
  const manifest = parseManifest(parseJson(text.slice(0, nl)))
  if (!manifest) return { ok: false, message: NOT_A_BACKUP }
  const content = text.slice(nl + 1)
  const dump = parseJson(content)
  return checkBackup({
    manifest,
    contentSha256: await sha256OfText(content),
    dump,
    appSchemaVersion: ctx.db.verno,
    clinicId
  })
}
