// A new provision record (第三者への提供, 29条) or receipt record (第三者からの受領, 30条).
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { addProvisionRecord } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import {
  DIRECTIONS,
  PROVISION_BASES,
  RECORD_FORMS,
  provisionFormSchema,
  type ProvisionForm as Values
} from '../../domain/provisions/forms'
import { Field } from '../../ui/Field'
import { SaveMessage, useSave } from '../records/useSave'

const blank = (today: string): Values => ({
  direction: 'provision',
  form: 'single',
  contract: false,
  recordedOn: today,
  lastProvidedOn: today,
  counterpartyName: '',
  counterpartyAddress: '',
  counterpartyRepresentative: '',
  personName: '',
  personKana: '',
  dataItems: '',
  basis: 'consent',
  howObtained: '',
  note: ''
})

export function ProvisionForm({ today }: { today: string }) {
  const ctx = useDb()
  const actor = useActor()
  const save = useSave()
  const { register, handleSubmit, reset, control, formState } = useForm<Values>({
    resolver: zodResolver(provisionFormSchema),
    defaultValues: blank(today)
  })
  const e = formState.errors
  const receipt = useWatch({ control, name: 'direction' }) === 'receipt'
  const submit = handleSubmit(async (v) => {
    const ok = await save.run('記録を作成しました。', () => addProvisionRecord(ctx, actor, v))
    if (ok) reset(blank(today))
  })
  const select = (name: 'direction' | 'form' | 'basis', list: readonly { id: string; label: string }[]) =>
    function Select(p: object) {
      return (
        <select {...p} {...register(name)}>
          {list.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      )
    }
  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-label="記録の作成" className="panel">
      <h2>記録を作成</h2>
      <div className="row">
        <Field label="記録の種類">{select('direction', DIRECTIONS)}</Field>
        <Field label="作成の方法">{select('form', RECORD_FORMS)}</Field>
        <Field label="記録の作成日" required error={e.recordedOn?.message}>
          {(p) => <input {...p} type="date" {...register('recordedOn')} />}
        </Field>
        <Field
          label={receipt ? '受領日' : '提供日(一括の場合は最後の提供日)'}
          required
          error={e.lastProvidedOn?.message}
        >
          {(p) => <input {...p} type="date" {...register('lastProvidedOn')} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" {...register('contract')} />
        契約書等の書面で記録に代える(本人への物品・役務の提供に伴う提供)
      </label>
      <div className="row">
        <Field
          label={receipt ? '提供者の氏名又は名称' : '提供先の氏名又は名称'}
          required
          error={e.counterpartyName?.message}
        >
          {(p) => <input {...p} {...register('counterpartyName')} />}
        </Field>
        <Field
          label={receipt ? '提供者の住所' : '提供先の住所'}
          required={receipt}
          error={e.counterpartyAddress?.message}
        >
          {(p) => <input {...p} className="wide" {...register('counterpartyAddress')} />}
        </Field>
        <Field label="代表者の氏名(法人の場合)" error={e.counterpartyRepresentative?.message}>
          {(p) => <input {...p} {...register('counterpartyRepresentative')} />}
        </Field>
      </div>
      <div className="row">
        <Field label="本人の氏名" required error={e.personName?.message}>
          {(p) => <input {...p} {...register('personName')} />}
        </Field>
        <Field label="本人のフリガナ" error={e.personKana?.message}>
          {(p) => <input {...p} {...register('personKana')} />}
        </Field>
        <Field label="個人データの項目" required error={e.dataItems?.message}>
          {(p) => <input {...p} className="wide" {...register('dataItems')} />}
        </Field>
      </div>
      <div className="row">
        <Field label="提供の根拠">{select('basis', PROVISION_BASES)}</Field>
        <Field
          label={receipt ? '提供者がデータを取得した経緯' : '提供の方法'}
          required={receipt}
          error={e.howObtained?.message}
        >
          {(p) => <input {...p} className="wide" {...register('howObtained')} />}
        </Field>
      </div>
      <Field label="備考" error={e.note?.message}>
        {(p) => <input {...p} className="wide" {...register('note')} />}
      </Field>
      <SaveMessage state={save} />
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          記録を作成
        </button>
      </div>
    </form>
  )
}
