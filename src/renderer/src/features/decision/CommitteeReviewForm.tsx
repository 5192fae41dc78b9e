// 検討委員会 (医政医発0720第2号): a decision that withholds medical records is reviewed in-house before a manager
// approves it; the state machine refuses approval until this is on file. A doctor's explanation is offered to the
// person, never required of them.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { useToday } from '../../app/useToday'
import { freeText } from '../../domain/intakeSchema'
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { Field } from '../../ui/Field'
import { useRequestAction } from '../workflow/useRequestAction'

const schema = z.object({
  heldOn: z.string().trim().min(1, '開催日を入力してください'),
  members: freeText(300).refine((s) => s !== '', '出席者を入力してください'),
  conclusion: freeText(1000).refine((s) => s !== '', '結論を入力してください'),
  explanationOffered: z.boolean()
})
type Values = z.input<typeof schema>

export function CommitteeReviewForm({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const today = useToday()
  const action = useRequestAction(record.id, onDone)
  const {
    register,
    handleSubmit,
    formState: { errors }
  } = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { heldOn: today, members: '', conclusion: '', explanationOffered: true }
  })
  const submit = handleSubmit((v) => action.run({ type: 'recordReview', review: v }))
  return (
    <form className="step-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="review-title">
      <h4 id="review-title">検討委員会の検討</h4>
      <p className="notice warn">
        カルテを開示しない(一部を含む)決定案です。承認の前に、院内の検討委員会で検討した結果を記録してください。
      </p>
      <Field label="開催日" required error={errors.heldOn?.message}>
        {(p) => <input {...p} type="date" {...register('heldOn')} />}
      </Field>
      <Field label="出席者" required error={errors.members?.message} hint="例: 院長、事務長、主治医">
        {(p) => <input {...p} className="wide" {...register('members')} />}
      </Field>
      <Field label="結論" required error={errors.conclusion?.message}>
        {(p) => <textarea {...p} rows={2} className="wide" {...register('conclusion')} />}
      </Field>
      <label className="check">
        <input type="checkbox" {...register('explanationOffered')} />
        医師による説明の機会を申し出る(本人が希望する場合のみ。必須ではありません)
      </label>
      {action.error !== '' && (
        <p role="alert" className="error banner">
          {action.error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          検討結果を記録
        </button>
      </div>
    </form>
  )
}
