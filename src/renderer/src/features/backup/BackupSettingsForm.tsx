// Where backups go and how often: part of the clinic's settings, saved with an audit entry like the rest.
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { saveSettings } from '../../db'
import { settingsSchema } from '../../domain/settings'
import { isDesktop } from '../../platform'
import { Field } from '../../ui/Field'
import { failureText } from '../../app/failureText'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'

const schema = settingsSchema.pick({ backupFolder: true, backupIntervalMinutes: true })
type Values = z.infer<typeof schema>
const num = { setValueAs: (v: unknown) => (v === '' ? Number.NaN : Number(v)) }

export function BackupSettingsForm() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const [outcome, setOutcome] = useState<Outcome>(null)
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting }
  } = useForm<z.input<typeof schema>, unknown, Values>({
    resolver: zodResolver(schema),
    values: { backupFolder: settings.backupFolder, backupIntervalMinutes: settings.backupIntervalMinutes }
  })
  const submit = handleSubmit(async (values) => {
    try {
      await saveSettings(ctx, actor, { ...settings, ...values })
      setOutcome({ ok: true, text: 'バックアップの設定を保存しました。' })
    } catch (e) {
      setOutcome({ ok: false, text: `保存できませんでした。${failureText(e)}` })
    }
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="バックアップの設定">
      <div className="row">
        {isDesktop() && (
          <Field label="保存先フォルダー(空欄なら受付簿と同じ場所)" error={errors.backupFolder?.message}>
            {(p) => (
              <input
                {...p}
                className="wide"
                placeholder="\\\\server\\backup\\uketsukebo"
                {...register('backupFolder')}
              />
            )}
          </Field>
        )}
        <Field label="自動バックアップの間隔(分)" error={errors.backupIntervalMinutes?.message}>
          {(p) => <input {...p} type="number" {...register('backupIntervalMinutes', num)} />}
        </Field>
      </div>
      <p>
        <button type="submit" disabled={isSubmitting}>
          バックアップの設定を保存
        </button>
      </p>
      <ActionOutcome outcome={outcome} />
    </form>
  )
}
