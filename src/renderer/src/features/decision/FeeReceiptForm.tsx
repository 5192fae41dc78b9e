// 手数料の受領: when, how much and how the fee was received, recorded by an audited action (APPI 38条).
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { useToday } from '../../app/useToday'
import { FEE_PAID_BY } from '../../domain/catalogue'
import { freeText } from '../../domain/intakeSchema'
import { FEE_PAID_BY_IDS } from '../../domain/records/request'
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { Field } from '../../ui/Field'
import { useRequestAction } from '../workflow/useRequestAction'

const schema = z.object({
  receivedOn: z.string().trim().min(1, '受領日を入力してください'),
  amount: z
    .string()
    .trim()
    .refine((s) => /^\d{1,7}$/.test(s) && Number(s) > 0, '金額を1円以上の整数で入力してください')
    .transform(Number),
  paidBy: z.enum(FEE_PAID_BY_IDS, { error: '受領の方法を選んでください' }),
  note: freeText(200)
})
type Input = z.input<typeof schema>

export function FeeReceiptForm({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const today = useToday()
  const action = useRequestAction(record.id, onDone)
  const {
    register,
    handleSubmit,
    formState: { errors }
  } = useForm<Input, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      receivedOn: today,
      amount: String(record.decision?.fee?.total ?? record.fee ?? ''),
      paidBy: 'cash',
      note: ''
    }
  })
  const submit = handleSubmit((v) => action.run({ type: 'recordFeeReceipt', receipt: v }))
  return (
    <form className="step-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="fee-receipt-title">
      <h4 id="fee-receipt-title">手数料の受領</h4>
      <div className="row">
        <Field label="受領日" required error={errors.receivedOn?.message}>
          {(p) => <input {...p} type="date" {...register('receivedOn')} />}
        </Field>
        <Field label="受領した金額(円)" required error={errors.amount?.message}>
          {(p) => <input {...p} inputMode="numeric" {...register('amount')} />}
        </Field>
        <Field label="受領の方法" required error={errors.paidBy?.message}>
          {(p) => (
            <select {...p} {...register('paidBy')}>
              {FEE_PAID_BY.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="受領のメモ" error={errors.note?.message}>
        {(p) => <input {...p} className="wide" {...register('note')} />}
      </Field>
      {action.error !== '' && (
        <p role="alert" className="error banner">
          {action.error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          受領を記録
        </button>
      </div>
    </form>
  )
}
