// Settings for the records kept beside the requests: the 速報 target of a leak incident.
import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import type { z } from 'zod'
import type { settingsSchema } from '../../domain/settings'
import { Field } from '../../ui/Field'

type Input = z.input<typeof settingsSchema>
const num = { setValueAs: (v: unknown) => (v === '' ? Number.NaN : Number(v)) }

export function RecordsFields({
  register,
  errors
}: {
  register: UseFormRegister<Input>
  errors: FieldErrors<Input>['records']
}) {
  return (
    <fieldset>
      <legend>漏えい等の報告</legend>
      <Field
        label="速報の目標(把握した日からの営業日数)"
        required
        error={errors?.preliminaryReportDays?.message}
        hint="個人情報保護委員会のガイドラインでは概ね3〜5日以内。既定は3営業日"
      >
        {(p) => <input {...p} inputMode="numeric" {...register('records.preliminaryReportDays', num)} />}
      </Field>
    </fieldset>
  )
}
