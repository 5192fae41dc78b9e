// Letterhead (prefilled from the policy's contact section), deadline rule and counter privacy.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { settingsSchema, type Settings } from '../../domain/settings'
import { Field } from '../../ui/Field'
import { ClosedDatesField } from './ClosedDatesField'
import { RecordsFields, RetentionField } from './RecordsFields'
import { StatutoryWarning } from './StatutoryWarning'

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土']
const num = { setValueAs: (v: unknown) => (v === '' ? Number.NaN : Number(v)) }

export function SettingsForm({ initial, onSubmit }: { initial: Settings; onSubmit: (s: Settings) => Promise<void> }) {
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors, isSubmitting }
  } = useForm<z.input<typeof settingsSchema>, unknown, Settings>({
    resolver: zodResolver(settingsSchema),
    defaultValues: {
      ...initial,
      deadline: { ...initial.deadline, closedWeekdays: initial.deadline.closedWeekdays.map(String) }
    }
  })
  const l = errors.letterhead
  const submit = handleSubmit(onSubmit)
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="設定">
      <fieldset>
        <legend>通知書の差出人(レターヘッド)</legend>
        <div className="row">
          <Field label="法人名" required error={l?.corporationName?.message}>
            {(p) => <input {...p} {...register('letterhead.corporationName')} />}
          </Field>
          <Field label="医療機関名" error={l?.clinicName?.message}>
            {(p) => <input {...p} {...register('letterhead.clinicName')} />}
          </Field>
          <Field label="代表者" required error={l?.representative?.message}>
            {(p) => <input {...p} {...register('letterhead.representative')} />}
          </Field>
        </div>
        <div className="row">
          <Field label="郵便番号" error={l?.postalCode?.message}>
            {(p) => <input {...p} {...register('letterhead.postalCode')} />}
          </Field>
          <Field label="所在地" required error={l?.address?.message}>
            {(p) => <input {...p} className="wide" {...register('letterhead.address')} />}
          </Field>
        </div>
        <div className="row">
          <Field label="お問い合わせ窓口" required error={l?.windowName?.message}>
            {(p) => <input {...p} className="wide" {...register('letterhead.windowName')} />}
          </Field>
          <Field label="窓口の電話番号" required error={l?.phone?.message}>
            {(p) => <input {...p} {...register('letterhead.phone')} />}
          </Field>
          <Field label="文書番号の頭書き" error={l?.documentPrefix?.message}>
            {(p) => <input {...p} {...register('letterhead.documentPrefix')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>期限</legend>
        <div className="row">
          <Field
            label="目標日(受付日からの日数)"
            required
            error={errors.deadline?.days?.message}
            hint="既定は14日(個人情報保護法39条の2週間)"
          >
            {(p) => <input {...p} inputMode="numeric" {...register('deadline.days', num)} />}
          </Field>
          <Field label="日数の数え方" error={errors.deadline?.mode?.message}>
            {(p) => (
              <select {...p} {...register('deadline.mode')}>
                <option value="calendar">暦日</option>
                <option value="business">営業日(祝日・休診日を除く)</option>
              </select>
            )}
          </Field>
        </div>
        <div className="field">
          <span className="label" id="closed-label">
            休診曜日(営業日で数える場合)
          </span>
          <div className="checks" role="group" aria-labelledby="closed-label">
            {WEEKDAYS.map((w, i) => (
              <label key={w} className="check">
                <input type="checkbox" value={String(i)} {...register('deadline.closedWeekdays')} />
                {w}
              </label>
            ))}
          </div>
        </div>
        <ClosedDatesField control={control} setValue={setValue} />
        <StatutoryWarning control={control} />
      </fieldset>
      <fieldset>
        <legend>窓口でのプライバシーと表示</legend>
        <div className="row">
          <Field label="自動ロックまでの分数" required error={errors.idleLockMinutes?.message}>
            {(p) => <input {...p} inputMode="numeric" {...register('idleLockMinutes', num)} />}
          </Field>
          <Field label="日付の表記" error={errors.dateStyle?.message}>
            {(p) => (
              <select {...p} {...register('dateStyle')}>
                <option value="wareki">和暦(令和8年11月25日)</option>
                <option value="seireki">西暦(2026年11月25日)</option>
              </select>
            )}
          </Field>
          <Field label="画面の日付" error={errors.screenDateStyle?.message}>
            {(p) => (
              <select {...p} {...register('screenDateStyle')}>
                <option value="seireki">西暦(2026/11/25(水))</option>
                <option value="wareki">和暦(R8.11.25(水))</option>
              </select>
            )}
          </Field>
        </div>
        <label className="check">
          <input type="checkbox" {...register('maskNames')} />
          受付簿の氏名を伏せて表示する(山田 ○○)
        </label>
      </fieldset>
      <RecordsFields register={register} errors={errors.records} />
      <RetentionField register={register} error={errors.retentionYears?.message} />
      <div className="actions">
        <button type="submit" disabled={isSubmitting}>
          設定を保存
        </button>
      </div>
    </form>
  )
}
