// A staff member changes their own PIN: the current one (or the temporary one a manager gave), then the new
// one twice. Also shown, and required, at the first login after a reset.
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { changeOwnPin } from '../../db'
import { useDb } from '../../app/services'
import type { Actor } from '../../domain/staff'
import { Field } from '../../ui/Field'
import { hashNewPin } from '../../domain/pin'
import { newPinSchema, type NewPinInput } from './pinFormSchema'
import { failureText } from '../../app/failureText'

export function ChangePinForm({
  actor,
  afterReset,
  onDone
}: {
  actor: Actor
  afterReset: boolean
  onDone: () => void
}) {
  const ctx = useDb()
  const [error, setError] = useState('')
  const { register, handleSubmit, reset, formState } = useForm<NewPinInput>({
    resolver: zodResolver(newPinSchema),
    defaultValues: { current: '', pin: '', pinConfirm: '' }
  })
  const errors = formState.errors
  const submit = handleSubmit(async (v) => {
    setError('')
    try {
      await changeOwnPin(ctx, actor, v.current, await hashNewPin(v.pin))
      reset()
      onDone()
    } catch (e) {
      setError(failureText(e))
    }
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="PIN の変更">
      <Field label={afterReset ? '管理者から伝えられた仮の PIN' : '今の PIN'} error={errors.current?.message}>
        {(p) => <input {...p} type="password" inputMode="numeric" autoComplete="off" {...register('current')} />}
      </Field>
      <Field label="新しい PIN(数字4〜8桁)" error={errors.pin?.message}>
        {(p) => <input {...p} type="password" inputMode="numeric" autoComplete="off" {...register('pin')} />}
      </Field>
      <Field label="新しい PIN(確認)" error={errors.pinConfirm?.message}>
        {(p) => <input {...p} type="password" inputMode="numeric" autoComplete="off" {...register('pinConfirm')} />}
      </Field>
      {error !== '' && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={formState.isSubmitting}>
        PIN を変更
      </button>
    </form>
  )
}
