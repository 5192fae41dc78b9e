// The very first start: register the first 管理者, who then adds the other staff in 設定.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { createFirstManager, failureMessage } from '../../db'
import { useSettings } from '../../app/useSettings'
import type { Actor } from '../../domain/staff'
import { issueRecoveryCode } from './issueRecoveryCode'
import { RecoveryCodeSheet } from './RecoveryCodeSheet'
import { useDb } from '../../app/services'
import { useSession } from '../../app/session'
import { newStaffSchema, type NewStaffInput } from './staffSchema'
import { hashNewPin } from '../../domain/pin'
import { Field } from '../../ui/Field'
import { useState } from 'react'

export function FirstRunScreen() {
  const ctx = useDb()
  const { login } = useSession()
  const settings = useSettings()
  const [error, setError] = useState('')
  // Shown once after the manager is registered: the 復旧コード sheet for the safe, then the register.
  const [sheet, setSheet] = useState<{ code: string; actor: Actor } | null>(null)
  const { register, handleSubmit, formState } = useForm<NewStaffInput>({
    resolver: zodResolver(newStaffSchema),
    defaultValues: { name: '', role: 'manager', pin: '', pinConfirm: '' }
  })
  const onSubmit = handleSubmit(async (v) => {
    try {
      const row = await createFirstManager(ctx, { name: v.name, pinHash: await hashNewPin(v.pin) })
      const actor: Actor = { id: row.id, name: row.name, role: row.role }
      setSheet({ code: await issueRecoveryCode(ctx, actor), actor })
    } catch (e) {
      console.error(e)
      setError(failureMessage(e))
    }
  })
  const errors = formState.errors
  if (sheet)
    return (
      <main className="login">
        <RecoveryCodeSheet
          asPage
          code={sheet.code}
          clinic={settings.letterhead.corporationName}
          onDone={() => login(sheet.actor)}
        />
      </main>
    )
  return (
    <main className="login">
      <h1>はじめに管理者を登録してください</h1>
      <p>この PC で受付簿を使うのは初めてです。個人情報保護責任者など、設定と承認を行う管理者を登録します。</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="管理者の登録">
        <Field label="氏名(表示名)" error={errors.name?.message}>
          {(p) => <input {...p} {...register('name')} />}
        </Field>
        <Field label="PIN(数字4〜8桁)" error={errors.pin?.message}>
          {(p) => <input {...p} type="password" inputMode="numeric" {...register('pin')} />}
        </Field>
        <Field label="PIN(確認)" error={errors.pinConfirm?.message}>
          {(p) => <input {...p} type="password" inputMode="numeric" {...register('pinConfirm')} />}
        </Field>
        {error !== '' && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={formState.isSubmitting}>
          登録して始める
        </button>
      </form>
    </main>
  )
}
