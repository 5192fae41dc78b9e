import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import type { IntakeInput } from '../../domain/intakeSchema'
import { Field } from '../../ui/Field'

export function PersonFields({
  register,
  errors,
  isBereaved
}: {
  register: UseFormRegister<IntakeInput>
  errors: FieldErrors<IntakeInput>
  isBereaved: boolean
}) {
  const e = errors.person
  return (
    <fieldset>
      <legend>{isBereaved ? '患者(故人)' : '本人'}</legend>
      <div className="row">
        <Field label="氏名" required error={e?.name?.message}>
          {(p) => <input {...p} autoComplete="off" {...register('person.name')} />}
        </Field>
        <Field label="フリガナ" required error={e?.nameKana?.message} hint="ひらがなで入力しても構いません">
          {(p) => <input {...p} autoComplete="off" {...register('person.nameKana')} />}
        </Field>
        <Field label="生年月日" required error={e?.birthDate?.message}>
          {(p) => <input {...p} type="date" {...register('person.birthDate')} />}
        </Field>
        <Field label="診察券番号" error={e?.patientNo?.message}>
          {(p) => <input {...p} {...register('person.patientNo')} />}
        </Field>
      </div>
      <div className="row">
        <Field label="郵便番号" error={e?.postalCode?.message}>
          {(p) => <input {...p} inputMode="numeric" placeholder="123-4567" {...register('person.postalCode')} />}
        </Field>
        <Field label="住所" error={e?.address?.message}>
          {(p) => <input {...p} className="wide" {...register('person.address')} />}
        </Field>
      </div>
      <div className="row">
        <Field label="電話番号" error={e?.phone?.message}>
          {(p) => <input {...p} inputMode="tel" {...register('person.phone')} />}
        </Field>
        <Field label="メールアドレス" error={e?.email?.message}>
          {(p) => <input {...p} type="email" {...register('person.email')} />}
        </Field>
      </div>
    </fieldset>
  )
}
