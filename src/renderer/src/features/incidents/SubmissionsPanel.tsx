// The reports made to the 個人情報保護委員会: stage, date and the receipt number its form returns.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { updateIncident } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useScreenDate } from '../../app/useScreenDate'
import { labelOf } from '../../domain/catalogue'
import { SUBMISSION_STAGES } from '../../domain/incidents/catalogue'
import { submissionFormSchema, type SubmissionForm } from '../../domain/incidents/forms'
import type { IncidentRecord } from '../../domain/records/incident'
import { Field } from '../../ui/Field'
import { SaveMessage, useSave } from '../records/useSave'

export function SubmissionsPanel({ incident, today }: { incident: IncidentRecord; today: string }) {
  const ctx = useDb()
  const actor = useActor()
  const save = useSave()
  const date = useScreenDate()
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors }
  } = useForm<SubmissionForm>({
    resolver: zodResolver(submissionFormSchema),
    defaultValues: {
      stage: incident.submissions.length === 0 ? 'preliminary' : 'final',
      submittedOn: today,
      receiptNo: ''
    }
  })
  const submit = handleSubmit(async (v) => {
    const label = labelOf(SUBMISSION_STAGES, v.stage)
    const submissions = [...incident.submissions, { ...v, staffName: actor.name }]
    const ok = await save.run(`${label}の報告を記録しました。`, () =>
      updateIncident(ctx, actor, incident.id, { submissions }, `${label}の報告を記録`)
    )
    if (ok) reset({ stage: 'final', submittedOn: today, receiptNo: '' })
  })
  return (
    <section className="panel" aria-labelledby="submissions-title">
      <h2 id="submissions-title">個人情報保護委員会への報告</h2>
      {incident.submissions.length === 0 ? (
        <p className="muted">まだ報告していません。</p>
      ) : (
        <ul aria-label="報告の記録">
          {incident.submissions.map((s, i) => (
            <li key={i}>
              {labelOf(SUBMISSION_STAGES, s.stage)} {date(s.submittedOn)} 受付番号 {s.receiptNo || '—'}({s.staffName})
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="報告の記録を追加">
        <div className="row">
          <Field label="報告の種類" error={errors.stage?.message}>
            {(p) => (
              <select {...p} {...register('stage')}>
                {SUBMISSION_STAGES.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="報告日" required error={errors.submittedOn?.message}>
            {(p) => <input {...p} type="date" {...register('submittedOn')} />}
          </Field>
          <Field label="受付番号" error={errors.receiptNo?.message}>
            {(p) => <input {...p} {...register('receiptNo')} />}
          </Field>
        </div>
        <SaveMessage state={save} />
        <div className="actions">
          <button type="submit" disabled={save.busy}>
            報告を記録
          </button>
        </div>
      </form>
    </section>
  )
}
