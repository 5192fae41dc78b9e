// The 受付票 (控え) handed to the requester right after intake: the 受付番号, what happens next and by when, the
// documents still needed and where to ask. It names the requester only: no birth date, address or data asked about.
import { formatJapaneseDate } from '../calendar'
import { CHANNELS, kindById, labelOf } from '../catalogue'
import { assessIdentity } from '../identityDocs'
import type { RequestRecord } from '../request'
import type { Settings } from '../settings'
import { addresseeOf } from '../letters/wording'

export interface ReceiptSlip {
  receiptNo: string
  receivedOnText: string
  kindLabel: string
  channelLabel: string
  /** '山田 太郎 様': the requester (for an agent, the agent). */
  addressee: string
  /** What happens next, in order. */
  steps: string[]
  /** The target date, as printed. */
  dueText: string
  /** Documents still needed for the identity check; empty when none. */
  stillNeeded: string[]
  /** The clinic's name, the window and its phone number. */
  contact: string[]
}

/** Identity is still open: nothing recorded yet, or what was seen was not enough. */
function identityOpen(r: RequestRecord): boolean {
  return kindById(r.kind).identityRequired && r.identity?.result !== 'verified'
}

export function buildReceiptSlip(r: RequestRecord, settings: Settings): ReceiptSlip {
  const due = formatJapaneseDate(r.dueOn, settings.dateStyle)
  const answers = r.kind === 'complaint' || r.kind === 'inquiry'
  const stillNeeded = identityOpen(r)
    ? assessIdentity(r.identity?.documents ?? [], r.channel, r.requester.type).missing
    : []
  const steps = [
    ...(identityOpen(r)
      ? [
          stillNeeded.length > 0
            ? 'ご本人であることの確認: 下記「まだお預かりしていない書類」をご提出ください。確認ができてから調査を始めます。'
            : 'ご本人であることの確認: お預かりした書類を確認します。'
        ]
      : []),
    answers ? '担当者が内容を確認し、対応を検討します。' : '当院の記録を調べ、管理者の承認を経て決定します。',
    `${due}までに${answers ? '回答' : '決定の内容'}を書面でお知らせします。`,
    ...(r.fee !== null && r.fee > 0 ? [`手数料 ${r.fee.toLocaleString('ja-JP')}円 をお願いします。`] : [])
  ]
  const h = settings.letterhead
  return {
    receiptNo: r.receiptNo,
    receivedOnText: formatJapaneseDate(r.receivedOn, settings.dateStyle),
    kindLabel: kindById(r.kind).label,
    channelLabel: labelOf(CHANNELS, r.channel),
    addressee: addresseeOf(r),
    steps,
    dueText: due,
    stillNeeded,
    contact: [
      [h.corporationName, h.clinicName].filter((s) => s.trim() !== '').join(' '),
      h.windowName,
      `電話 ${h.phone}`
    ]
  }
}
