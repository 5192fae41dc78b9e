// What is asked: the data concerned, grounds invoked, the way of disclosure, a fee and details, each shown
// only where the catalogue says the kind has it.
import type { UseFormReturn } from 'react-hook-form'
import { DATA_CATEGORIES, DISCLOSURE_METHODS, type RequestKind } from '../../domain/catalogue'
import { groundsOf, quoteGround } from '../../domain/grounds'
import type { IntakeInput } from '../../domain/intakeSchema'
import type { IntakeData } from '../../domain/request'
import { Field } from '../../ui/Field'

type Form = UseFormReturn<IntakeInput, unknown, IntakeData>

const toNullable = (v: unknown) => (v === '' || v === null || v === undefined ? null : v)

export function RequestContentFields({
  form,
  kind,
  feeHint
}: {
  form: Form
  kind: RequestKind
  feeHint: number | null
}) {
  const { register, formState } = form
  const errors = formState.errors
  return (
    <fieldset>
      <legend>請求の内容</legend>
      {kind.asksDataCategories && (
        <div className="field span-all">
          <span className="label" id="cats-label">
            対象となる情報
          </span>
          <div className="checks" role="group" aria-labelledby="cats-label">
            {DATA_CATEGORIES.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  value={c.id}
                  aria-invalid={Boolean(errors.dataCategories)}
                  {...register('dataCategories')}
                />
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
        <Field label="対象となる情報(その他)" error={errors.dataOther?.message} wide>
          {(p) => <input {...p} {...register('dataOther')} />}
        </Field>
      )}
      {kind.requestGroundSet && (
        <div className="field span-all">
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
      <div className="grid-2">
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
                  <input
                    type="radio"
                    value={m.id}
                    aria-invalid={Boolean(errors.disclosureMethod)}
                    {...register('disclosureMethod', { setValueAs: toNullable })}
                  />
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
      </div>
      <Field
        label="備考(請求の詳細)"
        error={errors.details?.message}
        hint="個人番号(マイナンバー)や保険証の記号・番号は書かないでください"
        wide
      >
        {(p) => <textarea {...p} rows={2} {...register('details')} />}
      </Field>
    </fieldset>
  )
}
