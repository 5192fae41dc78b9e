// Settings for the records kept beside the requests: the 速報 target of a leak incident, whether withholding
// medical records waits for the 検討委員会 (医政医発0720第2号), and how long closed requests are kept.
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
      <legend>漏えい等の報告・検討委員会</legend>
      <Field
        label="速報の目標(把握した日からの営業日数)"
        required
        error={errors?.preliminaryReportDays?.message}
        hint="個人情報保護委員会のガイドラインでは概ね3〜5日以内。既定は3営業日"
      >
        {(p) => <input {...p} inputMode="numeric" {...register('records.preliminaryReportDays', num)} />}
      </Field>
      <label className="check">
        <input type="checkbox" {...register('records.committeeReview')} />
        カルテを開示しない(一部を含む)決定は、検討委員会の検討を記録してから承認する
      </label>
    </fieldset>
  )
}

/** How long closed requests are kept before a manager may delete them (the purge itself is in RetentionPanel). */
export function RetentionField({ register, error }: { register: UseFormRegister<Input>; error: string | undefined }) {
  return (
    <fieldset>
      <legend>受付簿の保存期間</legend>
      <Field
        label="完了・取下げから何年保存するか"
        required
        error={error}
        hint="診療録は医師法24条により5年間保存します(既定も5年)。受付簿の保存期間は医療機関が決めます。"
      >
        {(p) => <input {...p} inputMode="numeric" {...register('retentionYears', num)} />}
      </Field>
    </fieldset>
  )
}
