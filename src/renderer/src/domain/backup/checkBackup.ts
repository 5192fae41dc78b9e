// Everything a restore checks before anything is touched, as the backup's rows stream past (a register of
// 100,000 requests is never held in memory whole). A doubtful backup is refused with one Japanese message saying
// what is wrong and what to do; a good one comes back with its summary.
import type { AuditEntry } from '../audit'
import { createChainCheck, entryContentProblems, type ChainHead, type ChainLink } from '../chainCheck'
import { readStoredRow, STORED_SCHEMAS, type StoredTable } from '../records'

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

/** A checked backup: its summary, and its content (the table dump), read again by the restore. */
export type BackupCheck =
  { ok: true; content: Blob; summary: BackupSummary; otherClinic: boolean } | { ok: false; message: string }

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message })
export const BROKEN = 'バックアップファイルの中身が壊れています。別のバックアップを選んでください。'
export const NEWER_MESSAGE =
  '新しい版のアプリで作られたバックアップです。このアプリを新しい版に更新してから復元してください。'
export const CHECKSUM_MESSAGE =
  'バックアップファイルの内容がチェックサムと一致しません(壊れているか書き換えられています)。別のバックアップを選んでください。'

/** The manifest alone: a file that is not a backup, or one this version cannot read, is refused first. */
export function refuseManifest(manifest: ManifestView, appSchemaVersion: number): string | null {
  if (manifest.format !== BACKUP_FORMAT) return '受付簿のバックアップファイルではありません。'
  if (manifest.formatVersion > SUPPORTED_FORMAT_VERSION || manifest.schemaVersion > appSchemaVersion)
    return NEWER_MESSAGE
  return null
}

/** Checks a dump's rows as they stream past, keeping only counts and each audit entry's links. */
export interface DumpCheck {
  row(table: string, raw: unknown): void
  /** The verdict once every row has passed; `content` is what a good backup hands to the restore. */
  end(content: Blob): BackupCheck
}

const chainMessage = (deviceId: string, deviceSeq: number) =>
  `バックアップの監査記録のつながりが確認できません(端末 ${deviceId.slice(0, 8)} の ${String(deviceSeq)} 番)。別のバックアップを選んでください。`

export function createDumpCheck(manifest: ManifestView, clinicId: string | null): DumpCheck {
  const counts = new Map<string, number>()
  const damaged = new Map<string, number>()
  const links = new Map<string, ChainLink[]>()
  let firstChainProblem: string | null = null
  let deviceClinicId: string | undefined
  return {
    row(table, raw) {
      counts.set(table, (counts.get(table) ?? 0) + 1)
      if (!(table in STORED_SCHEMAS)) return
      const read = readStoredRow(table as StoredTable, raw)
      if (!read.ok) {
        damaged.set(table, (damaged.get(table) ?? 0) + 1)
        return
      }
      if (table === 'device') deviceClinicId = (read.row as { clinicId?: string }).clinicId
      if (table !== 'audit') return
      const e = read.row as AuditEntry
      if (firstChainProblem === null && entryContentProblems(e).length > 0)
        firstChainProblem = chainMessage(e.deviceId, e.deviceSeq)
      const list = links.get(e.deviceId)
      const link = { deviceSeq: e.deviceSeq, prevHash: e.prevHash, hash: e.hash }
      if (list) list.push(link)
      else links.set(e.deviceId, [link])
    },
    end(content) {
      if (damaged.size > 0) {
        const list = [...damaged].map(([name, n]) => `${name} ${String(n)}件`).join('、')
        return refuse(`バックアップの中に読めない記録があります(${list})。別のバックアップを選んでください。`)
      }
      for (const [name, count] of Object.entries(manifest.counts)) {
        if ((counts.get(name) ?? 0) !== count)
          return refuse(
            `バックアップの件数が目録と一致しません(${name})。途中で切れている可能性があります。別のバックアップを選んでください。`
          )
      }
      if (firstChainProblem !== null) return refuse(firstChainProblem)
      const heads: ChainHead[] = []
      for (const [deviceId, list] of links) {
        list.sort((a, b) => a.deviceSeq - b.deviceSeq)
        const check = createChainCheck(deviceId)
        check.pushLinks(list)
        const problem = check.end()[0]
        if (problem) return refuse(chainMessage(deviceId, problem.deviceSeq))
        const head = check.head()
        if (head) heads.push(head)
      }
      heads.sort((a, b) => a.deviceId.localeCompare(b.deviceId))
      const sortedManifestHeads = [...manifest.chainHeads].sort((a, b) => a.deviceId.localeCompare(b.deviceId))
      if (JSON.stringify(heads) !== JSON.stringify(sortedManifestHeads))
        return refuse(
          'バックアップの監査記録の末尾が目録と一致しません。記録が削除された可能性があります。別のバックアップを選んでください。'
        )
      if (deviceClinicId !== manifest.clinicId) return refuse(BROKEN)
      return {
        ok: true,
        content,
        otherClinic: clinicId !== null && clinicId !== manifest.clinicId,
        summary: {
          createdAt: manifest.createdAt,
          appVersion: manifest.appVersion,
          clinicId: manifest.clinicId,
          counts: manifest.counts,
          chainHeads: manifest.chainHeads
        }
      }
    }
  }
}
