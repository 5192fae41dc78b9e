// A recorded identity check: which document types were seen, the result, who and when.
import { identityDocById, identityDocLabel } from '../../domain/identityDocs'
import type { IdentityCheck } from '../../domain/request'
import { formatTokyoDateTime } from '../../domain/calendar'
import { labelOf } from '../../domain/catalogue'
import { IDENTITY_RESULTS } from './identitySchema'

export function IdentitySummary({ check, title }: { check: IdentityCheck; title: string }) {
  const docs = check.documents
    .map((id) => identityDocById(id))
    .filter((d) => d !== undefined)
    .map(identityDocLabel)
  return (
    <dl className="details compact" aria-label={title}>
      <div>
        <dt>{title}</dt>
        <dd>
          {labelOf(IDENTITY_RESULTS, check.result)}({check.staffName}・{formatTokyoDateTime(check.at)})
        </dd>
      </div>
      <div>
        <dt>確認した書類</dt>
        <dd>{docs.length === 0 ? '—' : docs.join('、')}</dd>
      </div>
      <div>
        <dt>メモ</dt>
        <dd>{check.note === '' ? '—' : check.note}</dd>
      </div>
    </dl>
  )
}
