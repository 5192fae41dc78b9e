// The identity step (受付 / 本人確認中): the last check if any, the guided form, and for complaints and
// inquiries a way to go straight to investigation.
import { kindById } from '../../domain/catalogue'
import type { RequestRecord } from '../../domain/request'
import { canApply, type RequestEvent } from '../../domain/stateMachine'
import { useRequestAction } from '../workflow/useRequestAction'
import { IdentityForm } from './IdentityForm'
import { IdentitySummary } from './IdentitySummary'
import './identity.css'

export function IdentityStep({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const skip = useRequestAction(record.id, onDone)
  const optional = !kindById(record.kind).identityRequired && canApply(record.status, 'skipIdentity')
  const form = <IdentityForm key={record.identity?.at ?? 'first'} record={record} onDone={onDone} />
  return (
    <div className="identity-step">
      {record.identity && (
        <>
          <IdentitySummary check={record.identity} title="前回の本人確認" />
          <p className="hint">不足している書類は「本人確認書類ご提出のお願い」でお願いできます(通知書の欄から発行)。</p>
        </>
      )}
      {optional ? (
        <>
          <div className="skip">
            <p>
              苦情・相談は、本人確認をしなくても調査・回答へ進めます(個人情報保護法40条)。個人の記録を開示する場合は本人確認をしてください。
            </p>
            <button type="button" disabled={skip.busy} onClick={() => void skip.run({ type: 'skipIdentity' })}>
              本人確認を省略して調査へ
            </button>
            {skip.error !== '' && (
              <p role="alert" className="error banner">
                {skip.error}
              </p>
            )}
          </div>
          <details>
            <summary>本人確認を行う場合</summary>
            {form}
          </details>
        </>
      ) : (
        form
      )}
    </div>
  )
}
