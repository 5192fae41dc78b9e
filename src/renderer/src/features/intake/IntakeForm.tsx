// The intake form for every kind: it shows only the fields that fit the chosen kind (SPEC.md step 1).
// It never asks why the person wants their data.
import { useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import {
  CHANNELS,
  DATA_CATEGORIES,
  DISCLOSURE_METHODS,
  REQUEST_KINDS,
  REQUESTER_TYPES,
  basisLine,
  kindById
} from '../../domain/catalogue'
import { groundsOf, quoteGround } from '../../domain/grounds'
import { makeIntakeSchema, type IntakeInput } from '../../domain/intakeSchema'
import type { IntakeData } from '../../domain/request'
import type { Settings } from '../../domain/settings'
import { Field } from '../../ui/Field'
import { emptyIntake } from './intakeDefaults'
import { PersonFields } from './PersonFields'

const toNullable = (v: unknown) => (v === '' || v === null || v === undefined ? null : v)

export function IntakeForm({
  today,
  fees,
  initial,
  onSubmit,
  submitLabel
}: {
  today: string
  fees: Settings['fees']
  initial?: IntakeInput
  onSubmit: (data: IntakeData) => Promise<void>
  submitLabel: string
}) {
  const schema = useMemo(() => makeIntakeSchema(today), [today])
  const form = useForm<IntakeInput, unknown, IntakeData>({
    resolver: zodResolver(schema),
    defaultValues: initial ?? emptyIntake(today)
  })
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
    control
  } = form
  const kindId = useWatch({ control, name: 'kind' })
  const requesterType = useWatch({ control, name: 'requester.type' })
  const kind = kindById(kindId)
  const feeHint = kind.id === 'purpose' ? fees.purpose : kind.id === 'disclosure' ? fees.disclosure : null

  return (
    <form className="intake" onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate aria-label="受付内容">
      <fieldset>
        <legend>受付</legend>
        <div className="row">
          <Field label="受付日" required error={errors.receivedOn?.message} hint="郵送は到着日を入力します">
            {(p) => <input {...p} type="date" max={today} {...register('receivedOn')} />}
          </Field>
          <Field label="受付方法" required error={errors.channel?.message}>
            {(p) => (
              <select {...p} {...register('channel')}>
                {CHANNELS.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="請求の種類" required error={errors.kind?.message}>
            {(p) => (
              <select {...p} {...register('kind')}>
                {REQUEST_KINDS.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p className="hint">{basisLine(kind)}</p>
      </fieldset>

      <PersonFields register={register} errors={errors} isBereaved={kind.id === 'bereaved'} />

      <fieldset>
        <legend>請求者</legend>
        <Field label="請求者の区分" required error={errors.requester?.type?.message}>
          {(p) => (
            <select {...p} {...register('requester.type')}>
              {REQUESTER_TYPES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {requesterType !== 'self' && (
          <div className="row">
            <Field label="請求者の氏名" required error={errors.requester?.agentName?.message}>
              {(p) => <input {...p} {...register('requester.agentName')} />}
            </Field>
            <Field label="請求者のフリガナ" error={errors.requester?.agentKana?.message}>
              {(p) => <input {...p} {...register('requester.agentKana')} />}
            </Field>
            <Field label="本人との関係" required error={errors.requester?.relation?.message}>
              {(p) => <input {...p} {...register('requester.relation')} placeholder="例: 長男、成年後見人" />}
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>請求の内容</legend>
        {kind.asksDataCategories && (
          <div className="field">
            <span className="label" id="cats-label">
              対象となる情報
            </span>
            <div className="checks" role="group" aria-labelledby="cats-label">
              {DATA_CATEGORIES.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" value={c.id} {...register('dataCategories')} />
                  {c.label}
                </label>
              ))}
            </div>
            {errors.dataCategories?.message && (
              <p className="error" role="alert">
                {errors.dataCategories.message}
              </p>
            )}
          </div>
        )}
        {kind.asksDataCategories && (
          <Field label="対象となる情報(その他)" error={errors.dataOther?.message}>
            {(p) => <input {...p} {...register('dataOther')} />}
          </Field>
        )}
        {kind.requestGroundSet && (
          <div className="field">
            <span className="label" id="grounds-label">
              請求の理由として申し出のあった事由(任意)
            </span>
            <div className="checks column" role="group" aria-labelledby="grounds-label">
              {groundsOf(kind.requestGroundSet).map((g) => (
                <label key={g.id} className="check">
                  <input type="checkbox" value={g.id} {...register('requestGrounds')} />
                  {quoteGround(g)}
                </label>
              ))}
            </div>
          </div>
        )}
        {kind.asksDisclosureMethod && (
          <div className="field">
            <span className="label" id="method-label">
              開示の方法
              <span className="required" aria-hidden="true">
                必須
              </span>
            </span>
            <div className="checks" role="radiogroup" aria-labelledby="method-label">
              {DISCLOSURE_METHODS.map((m) => (
                <label key={m.id} className="check">
                  <input type="radio" value={m.id} {...register('disclosureMethod', { setValueAs: toNullable })} />
                  {m.label}
                </label>
              ))}
            </div>
            {errors.disclosureMethod?.message && (
              <p className="error" role="alert">
                {errors.disclosureMethod.message}
              </p>
            )}
          </div>
        )}
        {kind.feeAllowed && (
          <Field
            label="手数料(円)"
            error={errors.fee?.message}
            hint={
              feeHint !== null && feeHint > 0
                ? `設定の手数料: ${feeHint.toLocaleString('ja-JP')}円`
                : '手数料を取らない場合は空欄'
            }
          >
            {(p) => <input {...p} inputMode="numeric" {...register('fee')} />}
          </Field>
        )}
        <Field
          label="備考(請求の詳細)"
          error={errors.details?.message}
          hint="個人番号(マイナンバー)や保険証の記号・番号は書かないでください"
        >
          {(p) => <textarea {...p} rows={3} {...register('details')} />}
        </Field>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
