// The inspection pack (APPI 146条: 報告及び立入検査): for a chosen period, one CSV per record the clinic keeps, and an
// A4 cover that lists them with the audit chain head. Pure: the data layer reads the rows, these shape the files.
import { FEE_PAID_BY, REQUESTER_TYPES, kindById, labelOf } from '../catalogue'
import { dayOf, isValidIsoDate } from '../calendar'
import { toCsv, type CsvCell } from '../csv'
import { outcomeById } from '../outcomes'
import type { AuditEntry } from '../audit'
import type { IncidentRecord } from '../records/incident'
import type { ProcedureVersion } from '../records/procedure'
import type { ProvisionRecord } from '../records/provision'
import type { RequestRecord } from '../request'
import type { PurgedRequest } from '../retention'
import type { StaffRecord } from '../staff'
import { statusLabel } from '../status'

export const INSPECTION_FILES = [
  { id: 'register', label: '受付簿(開示等の請求)' },
  { id: 'provisions', label: '提供記録・確認記録' },
  { id: 'incidents', label: '漏えい等の事案と報告' },
  { id: 'complaints', label: '苦情・相談と回答' },
  { id: 'procedures', label: '適用していた請求手続の版' },
  { id: 'staff', label: '職員と権限' },
  { id: 'accessLog', label: 'アクセス記録(監査記録)' },
  { id: 'purges', label: '保存期間経過による削除の件数' }
] as const
export type InspectionFileId = (typeof INSPECTION_FILES)[number]['id']

export interface InspectionPeriod {
  from: string
  to: string
}

/** Why a period cannot be used, or null. */
export function periodProblem(p: InspectionPeriod): string | null {
  if (!isValidIsoDate(p.from) || !isValidIsoDate(p.to))
    return '期間の開始日と終了日を YYYY-MM-DD の形で入力してください。'
  if (p.from > p.to) return '期間の開始日は終了日以前にしてください。'
  return null
}

/** The first instant of a Japanese calendar day, as stored instants are (UTC). */
export function tokyoDayStart(date: string): string {
  return new Date(`${date}T00:00:00+09:00`).toISOString()
}

export function fileName(id: InspectionFileId, p: InspectionPeriod): string {
  return `立入検査_${labelOf(INSPECTION_FILES, id).replace(/[()・、]/g, '')}_${p.from}_${p.to}.csv`
}

/** A request belongs to the period if it was received by its end and still open, or closed, on or after its start. */
export function requestInPeriod(r: Pick<RequestRecord, 'receivedOn' | 'closedOn'>, p: InspectionPeriod): boolean {
  return r.receivedOn <= p.to && (r.closedOn === null || dayOf(r.closedOn) >= p.from)
}

const date = (s: string | null | undefined): CsvCell => (s === null || s === undefined || s === '' ? null : dayOf(s))

// Personal data stays out of the register CSV (受付番号 identifies the row); the screens show the rest on request.
export function registerCsv(rows: readonly RequestRecord[]): string {
  return toCsv(
    [
      '受付番号',
      '受付日',
      '種別',
      '請求者区分',
      '状態',
      '本人確認',
      '決定',
      '承認日',
      '検討委員会',
      '通知日',
      '手数料(計算)',
      '手数料受領日',
      '受領額',
      '受領方法',
      '終了日'
    ],
    rows.map((r) => [
      r.receiptNo,
      r.receivedOn,
      kindById(r.kind).label,
      labelOf(REQUESTER_TYPES, r.requester.type),
      statusLabel(r.status),
      r.identity?.result === 'verified' ? '確認済' : r.identity ? '未了' : null,
      r.decision ? outcomeById(r.decision.outcome).label : null,
      date(r.approval?.at),
      date(r.committeeReview?.heldOn),
      date(r.notice?.issuedOn),
      r.decision?.fee?.total ?? r.fee,
      date(r.feeReceipt?.receivedOn),
      r.feeReceipt?.amount ?? null,
      r.feeReceipt ? labelOf(FEE_PAID_BY, r.feeReceipt.paidBy) : null,
      date(r.closedOn)
    ])
  )
}

export function complaintsCsv(rows: readonly RequestRecord[]): string {
  return toCsv(
    ['受付番号', '受付日', '種別', '状態', '内容', '回答', '回答日'],
    rows.map((r) => [
      r.receiptNo,
      r.receivedOn,
      kindById(r.kind).label,
      statusLabel(r.status),
      r.details,
      r.decision?.actionTaken ?? null,
      date(r.notice?.issuedOn ?? r.decision?.at)
    ])
  )
}

export function provisionsCsv(rows: readonly ProvisionRecord[]): string {
  return toCsv(
    [
      '区分',
      '作成日',
      '最後の提供日',
      '相手方',
      '相手方の住所',
      '代表者',
      '本人',
      '項目',
      '根拠',
      '取得の経緯',
      '保存期限'
    ],
    rows.map((r) => [
      r.direction === 'provision' ? '提供記録' : '確認記録',
      r.recordedOn,
      r.lastProvidedOn,
      r.counterpartyName,
      r.counterpartyAddress,
      r.counterpartyRepresentative,
      r.personName,
      r.dataItems,
      r.basis,
      r.howObtained,
      r.retentionEnd
    ])
  )
}

const submitted = (r: IncidentRecord, stage: 'preliminary' | 'final'): CsvCell =>
  r.submissions
    .filter((s) => s.stage === stage)
    .map((s) => s.submittedOn)
    .join(' ') || null

export function incidentsCsv(rows: readonly IncidentRecord[]): string {
  return toCsv(
    ['把握日時', '件名', '概要', '本人の数', '速報', '確報', '本人への通知', '完了'],
    rows.map((r) => [
      r.knownAt.replace('T', ' '),
      r.title,
      r.report.summary,
      r.report.personCount,
      submitted(r, 'preliminary'),
      submitted(r, 'final'),
      r.noticeMode === 'individual' ? `個別通知 ${r.notices.length}件` : r.noticeMode === 'public' ? '公表' : '未定',
      r.closed ? '完了' : '対応中'
    ])
  )
}

/** The version in force at the start of the period and every version that took effect within it. */
export function proceduresInPeriod<T extends Pick<ProcedureVersion, 'effectiveFrom'>>(
  versions: readonly T[],
  p: InspectionPeriod
): T[] {
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
  const atStart = sorted.filter((v) => v.effectiveFrom <= p.from).at(-1)
  return sorted.filter((v) => v === atStart || (v.effectiveFrom > p.from && v.effectiveFrom <= p.to))
}

export function proceduresCsv(rows: readonly ProcedureVersion[]): string {
  return toCsv(
    [
      '施行日',
      '請求先',
      '手数料(1件)',
      '白黒1枚',
      'カラー1枚',
      '記録媒体1枚',
      '郵送料',
      '説明30分',
      '支払方法',
      '苦情の申出先'
    ],
    rows.map((v) => [
      v.effectiveFrom,
      v.whereToApply,
      v.fees.perRequest,
      v.fees.perPageBw,
      v.fees.perPageColour,
      v.fees.perDisc,
      v.fees.postage,
      v.fees.explanationPer30Min,
      v.feePayment,
      v.complaintWindow
    ])
  )
}

export function staffCsv(rows: readonly StaffRecord[]): string {
  return toCsv(
    ['氏名', '権限', '状態', '登録日時'],
    rows.map((s) => [s.name, s.role === 'manager' ? '管理者' : '受付', s.active ? '利用中' : '利用停止', s.createdAt])
  )
}

export function accessLogCsv(rows: readonly AuditEntry[]): string {
  return toCsv(
    ['日時', '端末', '連番', '職員', '操作', '対象', '内容', 'ハッシュ'],
    rows.map((e) => [e.at, e.deviceId, e.deviceSeq, e.actorName, e.action, e.entity, e.summary, e.hash])
  )
}

/** Purged requests counted by the day of the purge and the kind: counts only, nothing personal is left. */
export function purgesCsv(rows: readonly PurgedRequest[]): string {
  const counts = new Map<string, number>()
  for (const r of rows) {
    const key = `${dayOf(r.purgedAt)}\t${r.kind}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const lines = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))
  return toCsv(
    ['削除日', '種別', '件数'],
    lines.map(([key, n]) => {
      const [day = '', kind = ''] = key.split('\t')
      return [day, kindById(kind as RequestRecord['kind']).label, n]
    })
  )
}
