// A new version of the published procedure, prefilled from the version before it.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { addProcedureVersion } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useScreenDate } from '../../app/useScreenDate'
import { DISCLOSURE_METHODS } from '../../domain/catalogue'
import { procedureFormSchema, type ProcedureForm as Values } from '../../domain/procedure/forms'
import { Field } from '../../ui/Field'
import { SaveMessage, useSave } from '../records/useSave'

const num = { setValueAs: (v: unknown) => (v === '' ? Number.NaN : Number(v)) }

const FEES = [
  ['perRequest', '手数料(1件あたり)'],
  ['perPageBw', '写し 白黒(1枚)'],
  ['perPageColour', '写し カラー(1枚)'],
  ['perDisc', '記録媒体(CD-R等 1枚)'],
  ['postage', '郵送料(1件)'],
  ['explanationPer30Min', '医師による説明(30分ごと)']
] as const

export function ProcedureForm({ initial }: { initial: Values }) {
  const ctx = useDb()
  const actor = useActor()
  const save = useSave()
  const date = useScreenDate()
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(procedureFormSchema),
    defaultValues: initial
  })
  const e = formState.errors
  const submit = handleSubmit((v) =>
    save.run(`${date(v.effectiveFrom)} 施行の版を登録しました。`, () => addProcedureVersion(ctx, actor, v))
  )
  const text = (name: 'whereToApply' | 'forms' | 'identityDocs' | 'feePayment' | 'complaintWindow', label: string) => (
    <Field label={label} required={name !== 'feePayment'} error={e[name]?.message}>
      {(p) => <textarea {...p} rows={2} className="wide" {...register(name)} />}
    </Field>
  )
  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-label="新しい版" className="panel">
      <h2>新しい版を登録</h2>
      <Field label="施行日(この日以後の受付に適用)" required error={e.effectiveFrom?.message}>
        {(p) => <input {...p} type="date" {...register('effectiveFrom')} />}
      </Field>
      {text('whereToApply', '請求先(窓口・郵送先)')}
      {text('forms', '請求書の様式')}
      {text('identityDocs', '本人確認の方法(本人・代理人)')}
      <fieldset>
        <legend>手数料(実費の範囲で)</legend>
        <div className="row">
          {FEES.map(([id, label]) => (
            <Field key={id} label={`${label}(円)`} error={e.fees?.[id]?.message}>
              {(p) => <input {...p} inputMode="numeric" {...register(`fees.${id}`, num)} />}
            </Field>
          ))}
        </div>
      </fieldset>
      {text('feePayment', '手数料の支払方法')}
      <fieldset className="checks">
        <legend>開示の方法(本人が選べる方法)</legend>
        {DISCLOSURE_METHODS.map((m) => (
          <label key={m.id} className="check">
            <input type="checkbox" value={m.id} {...register('methods')} />
            {m.label}
          </label>
        ))}
        {e.methods?.message && (
          <p className="error" role="alert">
            {e.methods.message}
          </p>
        )}
      </fieldset>
      {text('complaintWindow', '苦情の申出先')}
      <SaveMessage state={save} />
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          この版を登録
        </button>
      </div>
    </form>
  )
}
