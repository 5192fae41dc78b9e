// The sections of a request's printed record: intake, identity, investigation, decision, approval and notice.
import { dayOf, formatShortDate, formatTokyoDateTime } from '../../domain/calendar'
import { CHANNELS, DATA_CATEGORIES, DISCLOSURE_METHODS, REQUESTER_TYPES, labelOf } from '../../domain/catalogue'
import { groundById, quoteGround } from '../../domain/grounds'
import { identityDocById, identityDocLabel } from '../../domain/identityDocs'
import { OUTCOMES } from '../../domain/outcomes'
import type { RequestRecord, StaffStamp } from '../../domain/request'
import { statusLabel } from '../../domain/status'
import { IDENTITY_RESULTS } from '../identity/identitySchema'
import type { SummarySection } from '../../print/paper/RequestSummaryView'

const by = (s: StaffStamp) => `${s.staffName}(${formatTokyoDateTime(s.at)})`
// closedOn is a stored instant; the other dates are plain days.
const date = (d: string | null | undefined) => (d ? formatShortDate(dayOf(d)) : '')

export function summarySections(r: RequestRecord): SummarySection[] {
  const p = r.person
  const q = r.requester
  const sections: SummarySection[] = [
    {
      heading: '受付',
      rows: [
        ['状態', statusLabel(r.status)],
        ['受付日・方法', `${date(r.receivedOn)} ${labelOf(CHANNELS, r.channel)}`],
        ['目標日', date(r.dueOn)],
        ['法定の目安(受付+14日)', date(r.statutoryOn)],
        ['完了日', date(r.closedOn)]
      ]
    },
    {
      heading: '請求の内容',
      rows: [
        ['氏名(フリガナ)', `${p.name}(${p.nameKana})`],
        ['生年月日', date(p.birthDate)],
        ['診察券番号', p.patientNo],
        ['住所', [p.postalCode === '' ? '' : `〒${p.postalCode}`, p.address].filter(Boolean).join(' ')],
        ['電話・メール', [p.phone, p.email].filter(Boolean).join(' / ')],
        [
          '請求者',
          q.type === 'self'
            ? labelOf(REQUESTER_TYPES, q.type)
            : `${labelOf(REQUESTER_TYPES, q.type)} ${q.agentName}(本人との関係: ${q.relation})`
        ],
        [
          '対象となる情報',
          [...r.dataCategories.map((c) => labelOf(DATA_CATEGORIES, c)), r.dataOther].filter(Boolean).join('、')
        ],
        [
          '申し出のあった事由',
          r.requestGrounds
            .map((id) => groundById(id))
            .filter((g) => g !== undefined)
            .map(quoteGround)
            .join('\n')
        ],
        ['開示の方法', r.disclosureMethod === null ? '' : labelOf(DISCLOSURE_METHODS, r.disclosureMethod)],
        ['手数料', r.fee === null ? '' : `${r.fee.toLocaleString('ja-JP')}円`],
        ['備考', r.details]
      ]
    }
  ]
  if (r.identity) {
    const docs = r.identity.documents.map((id) => identityDocById(id)).filter((d) => d !== undefined)
    sections.push({
      heading: '本人確認',
      rows: [
        ['結果', `${labelOf(IDENTITY_RESULTS, r.identity.result)} ${by(r.identity)}`],
        ['確認した書類', docs.map(identityDocLabel).join('、')],
        ['メモ', r.identity.note]
      ]
    })
  }
  if (r.investigation) {
    const i = r.investigation
    sections.push({
      heading: '調査',
      rows: [
        ['調べた記録', i.searched],
        ['分かったこと', i.found],
        ['主治医の意見', i.doctorOpinion === '' ? '' : `${i.doctorOpinion}(${i.doctorName})`],
        ['記録', by(i)]
      ]
    })
  }
  if (r.decision) {
    const d = r.decision
    sections.push({
      heading: '決定',
      rows: [
        ['決定', `${labelOf(OUTCOMES, d.outcome)} ${by(d)}`],
        [
          '事由',
          d.groundIds
            .map((id) => groundById(id))
            .filter((g) => g !== undefined)
            .map(quoteGround)
            .join('\n')
        ],
        ['理由', d.reason],
        ['開示しない部分', d.withheldParts],
        ['実施した措置', d.actionTaken],
        ['承認', r.approval ? by(r.approval) : '未承認'],
        ['通知', r.notice ? `${date(r.notice.issuedOn)} ${by(r.notice)}` : '']
      ]
    })
  }
  return sections
}
