// 調査: where staff searched and what they found; for medical records, the attending doctor's opinion first.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { needsDoctorOpinion } from '../../domain/decisionRules'
import { freeText } from '../../domain/intakeSchema'
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { Field } from '../../ui/Field'
import { useRequestAction } from '../workflow/useRequestAction'

const makeSchema = (doctorRequired: boolean) =>
  z
    .object({
      searched: freeText(1000).refine(
        (s) => s !== '',
        '調べた場所・方法を記入してください(例: 電子カルテ、予約システム)'
      ),
      found: freeText(1000).refine((s) => s !== '', '見つかった内容を記入してください(見つからなければ「該当なし」)'),
      doctorOpinion: freeText(1000),
      doctorName: freeText(60)
    })
    .superRefine((v, ctx) => {
      if (!doctorRequired) return
      if (v.doctorOpinion === '')
        ctx.addIssue({ code: 'custom', path: ['doctorOpinion'], message: '主治医の意見を記入してください' })
      if (v.doctorName === '')
        ctx.addIssue({ code: 'custom', path: ['doctorName'], message: '主治医の氏名を記入してください' })
    })

type Values = z.infer<ReturnType<typeof makeSchema>>

export function InvestigationForm({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const doctorRequired = needsDoctorOpinion(record)
  const saved = record.investigation
  const {
    register,
    handleSubmit,
    formState: { errors }
  } = useForm<Values>({
    resolver: zodResolver(makeSchema(doctorRequired)),
    defaultValues: {
      searched: saved?.searched ?? '',
      found: saved?.found ?? '',
      doctorOpinion: saved?.doctorOpinion ?? '',
      doctorName: saved?.doctorName ?? ''
    }
  })
  const action = useRequestAction(record.id, onDone)
  const submit = handleSubmit((v) => action.run({ type: 'saveInvestigation', investigation: v }))
  return (
    <form className="step-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="investigation-title">
      <h3 id="investigation-title">調査</h3>
      {saved && <p className="hint">保存済み({saved.staffName})。直して保存し直せます。</p>}
      <div className="row">
        <Field label="調べた場所・方法" required error={errors.searched?.message}>
          {(p) => <textarea {...p} rows={3} className="wide" {...register('searched')} />}
        </Field>
        <Field label="見つかった内容・保管場所" required error={errors.found?.message}>
          {(p) => <textarea {...p} rows={3} className="wide" {...register('found')} />}
        </Field>
      </div>
      {doctorRequired && (
        <p className="notice">
          カルテ(診療録)が対象のため、決定の前に主治医の意見を記録します。開示が本人や第三者の心身を害するおそれがないか、医師の判断を確かめるためです(個人情報保護法33条2項1号、診療情報の提供等に関する指針)。
        </p>
      )}
      <div className="row">
        <Field label="主治医の意見" required={doctorRequired} error={errors.doctorOpinion?.message}>
          {(p) => <textarea {...p} rows={3} className="wide" {...register('doctorOpinion')} />}
        </Field>
        <Field label="主治医の氏名" required={doctorRequired} error={errors.doctorName?.message}>
          {(p) => <input {...p} {...register('doctorName')} />}
        </Field>
      </div>
      {action.error !== '' && (
        <p role="alert" className="error banner">
          {action.error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          調査内容を保存
        </button>
      </div>
    </form>
  )
}
