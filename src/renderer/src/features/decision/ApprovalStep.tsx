// 承認: a manager approves the draft (comment optional) or sends it back (comment required). Reception sees
// the draft and that a manager must approve: a reception login can never approve, not even its own draft.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { useActor } from '../../app/session'
import { freeText } from '../../domain/intakeSchema'
import type { RequestRecord } from '../../domain/request'
import { isManager } from '../../domain/staff'
import type { RequestEvent } from '../../domain/stateMachine'
import { Field } from '../../ui/Field'
import { IdentitySummary } from '../identity/IdentitySummary'
import { useRequestAction } from '../workflow/useRequestAction'
import { useSettings } from '../../app/useSettings'
import { needsCommitteeReview } from '../../domain/decisionRules'
import { CommitteeReviewForm } from './CommitteeReviewForm'
import { DecisionSummary, InvestigationSummary } from './DecisionSummary'

const schema = z.object({ comment: freeText(500) })
type Values = z.infer<typeof schema>

function ApprovalForm({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const action = useRequestAction(record.id, onDone)
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors }
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { comment: '' } })
  const approve = handleSubmit((v) => action.run({ type: 'approve', comment: v.comment }))
  const sendBack = handleSubmit(async (v) => {
    if (v.comment === '') return setError('comment', { message: '差戻しの理由をコメントに記入してください' })
    await action.run({ type: 'sendBack', comment: v.comment })
  })
  return (
    <form className="step-form" onSubmit={(e) => void approve(e)} noValidate aria-label="承認">
      <Field label="コメント(差戻しの場合は必須)" error={errors.comment?.message}>
        {(p) => <textarea {...p} rows={2} className="wide" {...register('comment')} />}
      </Field>
      {action.error !== '' && (
        <p role="alert" className="error banner">
          {action.error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          承認
        </button>
        <button type="button" className="secondary" disabled={action.busy} onClick={(e) => void sendBack(e)}>
          差戻し
        </button>
      </div>
    </form>
  )
}

export function ApprovalStep({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const actor = useActor()
  const settings = useSettings()
  const awaitsReview = needsCommitteeReview(record, settings.records.committeeReview) && !record.committeeReview
  return (
    <div className="approval">
      <h3>承認</h3>
      <h4>決定案</h4>
      <DecisionSummary record={record} />
      <h4>調査の記録</h4>
      <InvestigationSummary record={record} />
      {record.identity && <IdentitySummary check={record.identity} title="本人確認" />}
      {awaitsReview && <CommitteeReviewForm record={record} onDone={onDone} />}
      {isManager(actor) ? (
        <ApprovalForm record={record} onDone={onDone} />
      ) : (
        <p className="notice">
          この決定案は管理者の承認待ちです。承認は管理者だけが行えます。管理者に声をかけ、管理者のログインで承認してもらってください。
        </p>
      )}
    </div>
  )
}
