// A small form that asks for a reason (and for an extension, the new date) before a hold, extension or end.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { isValidIsoDate } from '../../domain/calendar'
import { freeText } from '../../domain/intakeSchema'
import { Field } from '../../ui/Field'

const schema = (withDate: boolean, reasonLabel: string) =>
  z.object({
    reason: freeText(500).refine((s) => s !== '', `${reasonLabel}を入力してください`),
    toDate: z
      .string()
      .trim()
      .refine((s) => !withDate || isValidIsoDate(s), '延長後の目標日を YYYY-MM-DD の形で入力してください')
  })

type Values = z.infer<ReturnType<typeof schema>>

export function ReasonForm({
  title,
  reasonLabel,
  submitLabel,
  withDate = false,
  minDate,
  danger = false,
  busy,
  onSubmit,
  onCancel
}: {
  title: string
  reasonLabel: string
  submitLabel: string
  withDate?: boolean
  minDate?: string
  danger?: boolean
  busy: boolean
  onSubmit: (v: Values) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    formState: { errors }
  } = useForm<Values>({
    resolver: zodResolver(schema(withDate, reasonLabel)),
    defaultValues: { reason: '', toDate: '' }
  })
  return (
    <form
      className={danger ? 'reason-form danger' : 'reason-form'}
      onSubmit={(e) => void handleSubmit(onSubmit)(e)}
      noValidate
      aria-label={title}
    >
      <h4>{title}</h4>
      {withDate && (
        <Field label="延長後の目標日" required error={errors.toDate?.message}>
          {(p) => <input {...p} type="date" min={minDate} {...register('toDate')} />}
        </Field>
      )}
      <Field
        label={reasonLabel}
        required
        error={errors.reason?.message}
        hint="個人番号や保険証の記号・番号は書かないでください"
      >
        {(p) => <textarea {...p} rows={2} className="wide" {...register('reason')} />}
      </Field>
      <div className="actions">
        <button type="submit" className={danger ? 'danger' : undefined} disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          やめる
        </button>
      </div>
    </form>
  )
}
