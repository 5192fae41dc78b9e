// A decision as drafted (and approved): what a manager reads before approving, and what the letter will say.
import { groundById, quoteGround } from '../../domain/grounds'
import { useScreenDate } from '../../app/useScreenDate'
import { outcomeById } from '../../domain/outcomes'
import type { RequestRecord } from '../../domain/request'
import { formatTokyoDateTime } from '../../domain/calendar'
import { FEE_PAID_BY, labelOf } from '../../domain/catalogue'
import { yen } from '../../domain/letters/wording'

function Row({ label, value }: { label: string; value: string }) {
  if (value === '') return null
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

export function InvestigationSummary({ record }: { record: RequestRecord }) {
  const i = record.investigation
  if (!i) return <p className="muted">調査の記録はありません。</p>
  return (
    <dl className="details compact" aria-label="調査の記録">
      <Row label="調べた場所・方法" value={i.searched} />
      <Row label="見つかった内容・保管場所" value={i.found} />
      <Row label="主治医の意見" value={i.doctorOpinion === '' ? '' : `${i.doctorOpinion}(${i.doctorName})`} />
      <Row label="記録" value={`${i.staffName}・${formatTokyoDateTime(i.at)}`} />
    </dl>
  )
}

export function DecisionSummary({ record }: { record: RequestRecord }) {
  const date = useScreenDate()
  const d = record.decision
  if (!d) return null
  const grounds = d.groundIds
    .map((id) => groundById(id))
    .filter((g) => g !== undefined)
    .map(quoteGround)
  return (
    <dl className="details compact" aria-label="決定案">
      <Row label="決定" value={outcomeById(d.outcome).label} />
      <Row label="事由(プライバシーポリシー)" value={grounds.join('\n')} />
      <Row label="理由(個人情報保護法36条)" value={d.reason} />
      <Row label="開示(提供)しない部分" value={d.withheldParts} />
      <Row label="実施・措置・回答の内容" value={d.actionTaken} />
      <Row label="書面による開示への変更" value={d.methodChangedToPaper ? `変更する: ${d.methodChangeReason}` : ''} />
      <Row label="開示(提供)の日" value={d.disclosureDate === '' ? '' : date(d.disclosureDate)} />
      {d.fee && (
        <Row
          label="手数料"
          value={`${d.fee.lines.map((l) => `${l.label} ${yen(l.amount)}`).join('\n')}\n合計 ${yen(d.fee.total)}(${date(d.fee.effectiveFrom)}施行の請求手続による)`}
        />
      )}
      <Row label="作成" value={`${d.staffName}・${formatTokyoDateTime(d.at)}`} />
      {record.committeeReview && (
        <Row
          label="検討委員会"
          value={`${date(record.committeeReview.heldOn)} 出席: ${record.committeeReview.members}\n結論: ${record.committeeReview.conclusion}${record.committeeReview.explanationOffered ? '\n医師による説明の機会を申し出る' : ''}`}
        />
      )}
      {record.approval && (
        <Row
          label="承認"
          value={`${record.approval.staffName}・${formatTokyoDateTime(record.approval.at)}${record.approval.comment === '' ? '' : `\n${record.approval.comment}`}`}
        />
      )}
      {record.feeReceipt && (
        <Row
          label="手数料の受領"
          value={`${date(record.feeReceipt.receivedOn)} ${yen(record.feeReceipt.amount)}(${labelOf(FEE_PAID_BY, record.feeReceipt.paidBy)})${record.feeReceipt.note === '' ? '' : ` ${record.feeReceipt.note}`}・${record.feeReceipt.staffName}`}
        />
      )}
    </dl>
  )
}
