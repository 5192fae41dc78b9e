// Correcting what was typed at intake: which changes need a reason, and how each change reads in the history.
import { z } from 'zod'
import { formatShortDate, isValidIsoDate } from './calendar'
import { CHANNELS, DATA_CATEGORIES, DISCLOSURE_METHODS, REQUEST_KINDS, REQUESTER_TYPES, labelOf } from './catalogue'
import type { RequestRecord } from './request'

/** Once a decision exists, a correction says why (the letter and the decision rest on the old data). */
export function correctionNeedsReason(r: Pick<RequestRecord, 'decision'>): boolean {
  return r.decision !== null
}

const LABELS: Record<string, string> = {
  receivedOn: '受付日',
  channel: '受付方法',
  kind: '請求の種類',
  dueOn: '目標日',
  statutoryOn: '法定の目安',
  'person.name': '氏名',
  'person.nameKana': 'フリガナ',
  'person.birthDate': '生年月日',
  'person.patientNo': '診察券番号',
  'person.postalCode': '郵便番号',
  'person.address': '住所',
  'person.phone': '電話番号',
  'person.email': 'メールアドレス',
  'requester.type': '請求者の区分',
  'requester.agentName': '請求者の氏名',
  'requester.agentKana': '請求者のフリガナ',
  'requester.relation': '本人との関係',
  'requester.postalCode': '請求者の郵便番号',
  'requester.address': '請求者の住所',
  'requester.phone': '請求者の電話番号',
  'requester.email': '請求者のメールアドレス',
  dataCategories: '対象となる情報',
  dataOther: '対象となる情報(その他)',
  requestGrounds: '申し出のあった事由',
  disclosureMethod: '開示の方法',
  fee: '手数料',
  details: '備考'
}

export function fieldLabel(path: string): string {
  return LABELS[path] ?? path
}

const ALL_LABELLED = [...CHANNELS, ...REQUEST_KINDS, ...REQUESTER_TYPES, ...DATA_CATEGORIES, ...DISCLOSURE_METHODS]

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(空欄)'
  if (Array.isArray(value)) return value.length === 0 ? '(なし)' : value.map(show).join('、')
  if (typeof value === 'number') return value.toLocaleString('ja-JP')
  if (typeof value !== 'string') return JSON.stringify(value)
  if (isValidIsoDate(value)) return formatShortDate(value)
  return ALL_LABELLED.some((x) => x.id === value) ? labelOf(ALL_LABELLED, value) : value
}

const changeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })
const payloadSchema = z.object({ changes: z.array(changeSchema), reason: z.string().optional() })

export interface CorrectionLines {
  lines: string[]
  reason: string
}

/** The before → after lines of a correction's audit payload; null when the payload is purged or not one. */
export function correctionLines(payload: unknown): CorrectionLines | null {
  const parsed = payloadSchema.safeParse(payload)
  if (!parsed.success) return null
  return {
    lines: parsed.data.changes.map((c) => `${fieldLabel(c.path)}: ${show(c.before)} → ${show(c.after)}`),
    reason: parsed.data.reason ?? ''
  }
}
