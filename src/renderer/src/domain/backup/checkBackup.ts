// Everything a restore checks before anything is touched. A doubtful backup is refused with one Japanese
// message saying what is wrong and what to do; a good one comes back with its rows parsed and a summary.
import { verifyDeviceChain, type AuditEntry } from '../audit'
import { readStoredRows, STORED_SCHEMAS, type StoredTable } from '../records'
import { chainHeadsOf, chainsOf, dexieDumpSchema, tablesOf, type ChainHead, type DumpTables } from './dump'

export const BACKUP_FORMAT = 'kaiji-uketsukebo-backup'
export const SUPPORTED_FORMAT_VERSION = 1

/** What the manifest line says; the IPC schema parses it, this is what the check relies on. */
export interface ManifestView {
  format: string
  formatVersion: number
  appVersion: string
  schemaVersion: number
  clinicId: string
  deviceId: string
  createdAt: string
  counts: Record<string, number>
  chainHeads: ChainHead[]
  sha256: string
}

export interface BackupSummary {
  createdAt: string
  appVersion: string
  clinicId: string
  counts: Record<string, number>
  chainHeads: ChainHead[]
}

export type BackupCheck =
  { ok: true; tables: DumpTables; summary: BackupSummary; otherClinic: boolean } | { ok: false; message: string }

export interface CheckInput {
  manifest: ManifestView
  /** SHA-256 of the content, computed by the caller. */
  contentSha256: string
  dump: unknown
  /** The schema version of this app's database. */
  appSchemaVersion: number
  /** The clinic this register belongs to (or the anchor's, when the register vanished); null when unknown. */
  clinicId: string | null
}

const refuse = (message: string): BackupCheck => ({ ok: false, message })
const BROKEN = 'バックアップファイルの中身が壊れています。別のバックアップを選んでください。'
export const NEWER_MESSAGE =
  '新しい版のアプリで作られたバックアップです。このアプリを新しい版に更新してから復元してください。'

export function checkBackup(input: CheckInput): BackupCheck {
  const { manifest } = input
  if (manifest.format !== BACKUP_FORMAT) return refuse('受付簿のバックアップファイルではありません。')
  if (manifest.formatVersion > SUPPORTED_FORMAT_VERSION || manifest.schemaVersion > input.appSchemaVersion)
    return refuse(NEWER_MESSAGE)
  if (manifest.sha256 !== input.contentSha256)
    return refuse(
      'バックアップファイルの内容がチェックサムと一致しません(壊れているか書き換えられています)。別のバックアップを選んでください。'
    )
  const parsedDump = dexieDumpSchema.safeParse(input.dump)
  if (!parsedDump.success) return refuse(BROKEN)
  const tables = tablesOf(parsedDump.data)

  const damaged: string[] = []
  const parsed: DumpTables = new Map()
  for (const [name, rows] of tables) {
    if (!(name in STORED_SCHEMAS)) {
      parsed.set(name, rows)
      continue
    }
    const read = readStoredRows(name as StoredTable, rows)
    if (read.damaged.length > 0) damaged.push(`${name} ${String(read.damaged.length)}件`)
    parsed.set(name, read.rows)
  }
  if (damaged.length > 0)
    return refuse(`バックアップの中に読めない記録があります(${damaged.join('、')})。別のバックアップを選んでください。`)

  for (const [name, count] of Object.entries(manifest.counts)) {
    if ((parsed.get(name)?.length ?? 0) !== count)
      return refuse(
        `バックアップの件数が目録と一致しません(${name})。途中で切れている可能性があります。別のバックアップを選んでください。`
      )
  }

  const audit = (parsed.get('audit') ?? []) as AuditEntry[]
  for (const [deviceId, entries] of chainsOf(audit)) {
    const problem = verifyDeviceChain(entries)[0]
    if (problem)
      return refuse(
        `バックアップの監査記録のつながりが確認できません(端末 ${deviceId.slice(0, 8)} の ${String(problem.deviceSeq)} 番)。別のバックアップを選んでください。`
      )
  }
  const heads = chainHeadsOf(audit)
  const sortedManifestHeads = [...manifest.chainHeads].sort((a, b) => a.deviceId.localeCompare(b.deviceId))
  if (JSON.stringify(heads) !== JSON.stringify(sortedManifestHeads))
    return refuse(
      'バックアップの監査記録の末尾が目録と一致しません。記録が削除された可能性があります。別のバックアップを選んでください。'
    )

  const device = parsed.get('device')?.[0] as { clinicId?: string } | undefined
  if (device?.clinicId !== manifest.clinicId) return refuse(BROKEN)

  return {
    ok: true,
    tables: parsed,
    otherClinic: input.clinicId !== null && input.clinicId !== manifest.clinicId,
    summary: {
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      clinicId: manifest.clinicId,
      counts: manifest.counts,
      chainHeads: manifest.chainHeads
    }
  }
}
