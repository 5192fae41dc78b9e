import {
  BEREAVED_RELATIONS,
  CHANNELS,
  DATA_CATEGORIES,
  DISCLOSURE_METHODS,
  MINOR_VIEWS,
  REQUESTER_TYPES,
  labelOf
} from '../../domain/catalogue'
import { useScreenDate } from '../../app/useScreenDate'
import { groundById, quoteGround } from '../../domain/grounds'
import type { RequestRecord } from '../../domain/request'

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value === '' ? '—' : value}</dd>
    </div>
  )
}

const postalAddress = (c: { postalCode: string; address: string }) =>
  [c.postalCode === '' ? '' : `〒${c.postalCode}`, c.address].filter(Boolean).join(' ')

export function RequestDetails({ record: r }: { record: RequestRecord }) {
  const date = useScreenDate()
  const p = r.person
  const q = r.requester
  const cats = [...r.dataCategories.map((c) => labelOf(DATA_CATEGORIES, c)), r.dataOther]
    .filter((s) => s !== '')
    .join('、')
  const grounds = r.requestGrounds
    .map((id) => groundById(id))
    .filter((g) => g !== undefined)
    .map(quoteGround)
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">受付内容</h2>
      <dl className="details">
        {r.legacyReceiptNo !== undefined && <Row label="台帳の受付番号" value={r.legacyReceiptNo} />}
        <Row label="受付方法" value={labelOf(CHANNELS, r.channel)} />
        <Row label="氏名" value={p.name} />
        <Row label="フリガナ" value={p.nameKana} />
        <Row label="生年月日" value={p.birthDate === '' ? '' : date(p.birthDate)} />
        <Row label="診察券番号" value={p.patientNo} />
        <Row label="住所" value={postalAddress(p)} />
        <Row label="電話番号" value={p.phone} />
        <Row label="メールアドレス" value={p.email} />
        <Row label="請求者" value={labelOf(REQUESTER_TYPES, q.type)} />
        {q.type !== 'self' && (
          <>
            <Row
              label="請求者の氏名"
              value={`${q.agentName}${q.agentKana === '' ? '' : `(${q.agentKana})`} / 本人との関係: ${q.relation}`}
            />
            {q.bereavedRelation !== undefined && (
              <Row label="遺族の続柄" value={labelOf(BEREAVED_RELATIONS, q.bereavedRelation)} />
            )}
            {q.minorView !== undefined && (
              <Row label="本人(15歳以上)の意思" value={labelOf(MINOR_VIEWS, q.minorView)} />
            )}
            <Row label="請求者の住所" value={postalAddress(q)} />
            <Row label="請求者の電話番号" value={q.phone} />
            <Row label="請求者のメールアドレス" value={q.email} />
          </>
        )}
        <Row label="対象となる情報" value={cats} />
        {grounds.length > 0 && <Row label="申し出のあった事由" value={grounds.join('\n')} />}
        {r.disclosureMethod !== null && (
          <Row label="開示の方法" value={labelOf(DISCLOSURE_METHODS, r.disclosureMethod)} />
        )}
        {r.fee !== null && <Row label="手数料" value={`${r.fee.toLocaleString('ja-JP')}円`} />}
        <Row label="備考" value={r.details} />
      </dl>
    </section>
  )
}
