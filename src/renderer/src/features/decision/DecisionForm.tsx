// 決定案: the outcome from the kind's catalogue, the policy's grounds in its own words, the written reason
// (APPI 36条), withheld parts, action taken, a change to paper (APPI 33条2項) and the disclosure date.
import { useForm, useWatch, type Control } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { isValidIsoDate } from '../../domain/calendar'
import { DISCLOSURE_METHODS, kindById, labelOf } from '../../domain/catalogue'
import { needsDoctorOpinion } from '../../domain/decisionRules'
import { ALTERNATIVE_MEASURE_CLAUSE, GROUND_SETS, groundsOf, quoteGround } from '../../domain/grounds'
import { freeText } from '../../domain/intakeSchema'
import { outcomeById, type OutcomeId } from '../../domain/outcomes'
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { Field } from '../../ui/Field'
import { useRequestAction } from '../workflow/useRequestAction'
import { decisionFields, trimDraft } from './decisionFields'
import { FeeFields, feeBasisOf, feeDefaults, type FeeFormValues } from './FeeFields'

const makeSchema = (outcomes: readonly OutcomeId[]) =>
  z.object({
    outcome: z
      .string()
      .refine((s) => (outcomes as readonly string[]).includes(s), '決定を選んでください')
      .transform((s) => s as OutcomeId),
    groundIds: z.array(z.string()),
    reason: freeText(2000),
    withheldParts: freeText(1000),
    actionTaken: freeText(1000),
    methodChangedToPaper: z.boolean(),
    methodChangeReason: freeText(500),
    disclosureDate: z
      .string()
      .trim()
      .refine((s) => s === '' || isValidIsoDate(s), '開示の日を YYYY-MM-DD の形で入力してください'),
    feeBasis: z.object({
      pagesBw: countText('白黒の枚数'),
      pagesColour: countText('カラーの枚数'),
      discs: countText('記録媒体の枚数'),
      mailed: z.boolean(),
      explanationMinutes: countText('説明の時間')
    })
  })
const countText = (what: string) =>
  z
    .string()
    .trim()
    .refine((s) => /^\d{1,5}$/.test(s), `${what}は0以上の整数で入力してください`)
type Input = z.input<ReturnType<typeof makeSchema>>
type Output = z.output<ReturnType<typeof makeSchema>>

export function DecisionForm({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const kind = kindById(record.kind)
  const d = record.decision
  const {
    register,
    handleSubmit,
    control,
    formState: { errors }
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(makeSchema(kind.outcomes)),
    defaultValues: {
      outcome: d?.outcome ?? '',
      groundIds: d?.groundIds ?? [],
      reason: d?.reason ?? '',
      withheldParts: d?.withheldParts ?? '',
      actionTaken: d?.actionTaken ?? '',
      methodChangedToPaper: d?.methodChangedToPaper ?? false,
      methodChangeReason: d?.methodChangeReason ?? '',
      disclosureDate: d?.disclosureDate ?? '',
      feeBasis: feeDefaults(record)
    }
  })
  const action = useRequestAction(record.id, onDone)
  const chosen = useWatch({ control, name: 'outcome' })
  const changed = useWatch({ control, name: 'methodChangedToPaper' })
  const outcome = (kind.outcomes as readonly string[]).includes(chosen) ? (chosen as OutcomeId) : null
  const f = decisionFields(record, outcome)
  const set = f.grounds ? GROUND_SETS.find((g) => g.id === f.grounds?.set) : undefined
  const submit = handleSubmit(({ feeBasis, ...v }) => {
    const draft = trimDraft(record, v)
    // APPI 38条: a fee only for 利用目的の通知 and 開示; the state machine prices it from the procedure in force.
    if (kind.feeAllowed) draft.feeBasis = feeBasisOf(feeBasis)
    return action.run({ type: 'submitDecision', decision: draft })
  })
  const sentBack = [...record.history].reverse().find((h) => h.type === 'sendBack')

  return (
    <form className="step-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="decision-title">
      <h3 id="decision-title">決定案</h3>
      {d && sentBack && (
        <p className="notice warn">
          管理者({sentBack.staffName})から差し戻されました: {sentBack.reason}
        </p>
      )}
      {needsDoctorOpinion(record) && (record.investigation?.doctorOpinion ?? '') === '' && (
        <p className="hint">
          カルテに関する請求です。決定案を提出する前に、上の「調査」で主治医の意見を保存してください。
        </p>
      )}
      <fieldset>
        <legend>
          決定
          <span className="required" aria-hidden="true">
            必須
          </span>
        </legend>
        <div className="checks">
          {kind.outcomes.map((id) => (
            <label key={id} className="check">
              <input type="radio" value={id} {...register('outcome')} />
              {outcomeById(id).label}
            </label>
          ))}
        </div>
        {errors.outcome?.message && (
          <p className="error" role="alert">
            {errors.outcome.message}
          </p>
        )}
      </fieldset>
      {f.grounds && set && (
        <fieldset>
          <legend>
            {set.label}(プライバシーポリシー「{set.policySection}」・{set.article})
            {f.grounds.required && (
              <span className="required" aria-hidden="true">
                必須
              </span>
            )}
          </legend>
          <p className="hint">
            {f.grounds.required ? '当てはまるものを1つ以上選んでください。' : '当てはまるものがあれば選んでください。'}
            文言は通知書にそのまま引用されます。
          </p>
          <ul className="checks column plain">
            {groundsOf(f.grounds.set).map((g) => (
              <li key={g.id}>
                <label className="check">
                  <input type="checkbox" value={g.id} {...register('groundIds')} />
                  {quoteGround(g)}
                </label>
              </li>
            ))}
          </ul>
          {outcome === 'alternative' && <p className="hint">ポリシーの定め: {ALTERNATIVE_MEASURE_CLAUSE}</p>}
        </fieldset>
      )}
      {f.reason && (
        <Field
          label="理由(本人の求めのとおりとしない理由)"
          required
          error={errors.reason?.message}
          hint="個人情報保護法36条により、求めのとおりとしない場合は理由を説明します。通知書に記載されます。"
        >
          {(p) => <textarea {...p} rows={3} className="wide" {...register('reason')} />}
        </Field>
      )}
      {f.withheldParts && (
        <Field label="開示(提供)しない部分" required error={errors.withheldParts?.message}>
          {(p) => <textarea {...p} rows={2} className="wide" {...register('withheldParts')} />}
        </Field>
      )}
      {f.actionTaken !== null && (
        <Field label={f.actionTaken} required error={errors.actionTaken?.message}>
          {(p) => <textarea {...p} rows={2} className="wide" {...register('actionTaken')} />}
        </Field>
      )}
      {f.methodChange && record.disclosureMethod !== null && (
        <fieldset>
          <legend>開示の方法</legend>
          <p className="hint">
            請求された方法: {labelOf(DISCLOSURE_METHODS, record.disclosureMethod)}
            。その方法による開示が困難な場合は書面で開示し、その旨と理由を通知します(個人情報保護法33条2項・3項)。
          </p>
          <label className="check">
            <input type="checkbox" {...register('methodChangedToPaper')} />
            書面の交付による開示に変更する
          </label>
          {changed && (
            <Field label="書面に変更する理由" required error={errors.methodChangeReason?.message}>
              {(p) => <textarea {...p} rows={2} className="wide" {...register('methodChangeReason')} />}
            </Field>
          )}
        </fieldset>
      )}
      {f.disclosure && (
        <Field label="開示(提供)の日" error={errors.disclosureDate?.message}>
          {(p) => <input {...p} type="date" {...register('disclosureDate')} />}
        </Field>
      )}
      {kind.feeAllowed && (
        <FeeFields
          record={record}
          register={register}
          control={control as unknown as Control<FeeFormValues>}
          error={
            errors.feeBasis?.pagesBw?.message ??
            errors.feeBasis?.pagesColour?.message ??
            errors.feeBasis?.discs?.message ??
            errors.feeBasis?.explanationMinutes?.message
          }
        />
      )}
      {action.error !== '' && (
        <div role="alert" className="error banner">
          <p>決定案を提出できません。次の点を直してください。</p>
          <ul>
            {action.error.split('\n').map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          決定案を提出(管理者の承認へ)
        </button>
      </div>
    </form>
  )
}
