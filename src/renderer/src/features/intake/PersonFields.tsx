// The person the request is about: name, reading and birth date (none of them for an anonymous complaint or
// consultation), patient number and contact details. The birth date is read back as it was understood.
import { useWatch, type UseFormReturn } from 'react-hook-form'
import type { IntakeInput } from '../../domain/intakeSchema'
import type { IntakeData } from '../../domain/request'
import { describeDate, parseTypedDate } from '../../domain/input/wareki'
import { Field } from '../../ui/Field'
import { ContactFields } from './ContactFields'

type Form = UseFormReturn<IntakeInput, unknown, IntakeData>

function understood(typed: string): string {
  if (typed.trim() === '') return 'S30.5.10、昭和30年5月10日、1955-05-10 のどれでも入力できます'
  const parsed = parseTypedDate(typed)
  return parsed.ok ? `${describeDate(parsed.iso)} と読み取りました` : ''
}

export function PersonFields({
  form,
  isBereaved,
  allowsAnonymous
}: {
  form: Form
  isBereaved: boolean
  allowsAnonymous: boolean
}) {
  const { register, control, formState } = form
  const e = formState.errors.person
  const birth = useWatch({ control, name: 'person.birthDate' })
  const anonymous = useWatch({ control, name: 'anonymous' }) === true && allowsAnonymous
  return (
    <fieldset>
      <legend>{isBereaved ? '患者(故人)' : '本人'}</legend>
      {allowsAnonymous && (
        <label className="check">
          <input type="checkbox" {...register('anonymous')} />
          匿名で記録する(氏名・生年月日を聞かない)
        </label>
      )}
      {!anonymous && (
        <div className="grid-2">
          <Field label="氏名" required error={e?.name?.message}>
            {(p) => <input {...p} autoComplete="off" {...register('person.name')} />}
          </Field>
          <Field label="フリガナ" required error={e?.nameKana?.message} hint="ひらがなでも構いません(カタカナで記録)">
            {(p) => <input {...p} autoComplete="off" {...register('person.nameKana')} />}
          </Field>
          <Field label="生年月日" required error={e?.birthDate?.message} hint={understood(birth)}>
            {(p) => <input {...p} autoComplete="off" placeholder="S30.5.10" {...register('person.birthDate')} />}
          </Field>
          <Field label="診察券番号" error={e?.patientNo?.message}>
            {(p) => <input {...p} autoComplete="off" inputMode="numeric" {...register('person.patientNo')} />}
          </Field>
        </div>
      )}
      <ContactFields form={form} base="person" />
    </fieldset>
  )
}
