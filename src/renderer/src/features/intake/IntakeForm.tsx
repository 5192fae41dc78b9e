// The intake form for every kind: it shows only the fields that fit the chosen kind (SPEC.md step 1), in two
// columns so the common case fits one screen at 1366×768, with the submit button in a sticky footer.
// It never asks why the person wants their data.
import { useMemo, type ReactNode } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { CHANNELS, REQUEST_KINDS, basisLine, kindById } from '../../domain/catalogue'
import { makeIntakeSchema, type IntakeInput } from '../../domain/intakeSchema'
import type { IntakeData } from '../../domain/request'
import { settingsFee, type Settings } from '../../domain/settings'
import { Field } from '../../ui/Field'
import { emptyIntake } from './intakeDefaults'
import { focusFirstError, preventEnterSubmit } from './focusFirstError'
import { PersonFields } from './PersonFields'
import { RequesterFields } from './RequesterFields'
import { RequestContentFields } from './RequestContentFields'
import { useDraft } from './useDraft'
import './intake.css'

export function IntakeForm({
  today,
  fees,
  initial,
  onSubmit,
  submitLabel,
  draftKey,
  aside,
  footer
}: {
  today: string
  fees: Settings['fees']
  initial?: IntakeInput
  onSubmit: (data: IntakeData) => Promise<void>
  submitLabel: string
  /** Where unsaved input is kept while the app is locked (per staff member). */
  draftKey: string
  /** Shown above the form's right column (e.g. the reason for a correction). */
  aside?: ReactNode
  /** Extra controls beside the submit button. */
  footer?: ReactNode
}) {
  const schema = useMemo(() => makeIntakeSchema(today), [today])
  const form = useForm<IntakeInput, unknown, IntakeData>({
    resolver: zodResolver(schema),
    defaultValues: initial ?? emptyIntake(today),
    shouldFocusError: false
  })
  useDraft(form, draftKey)
  const { register, handleSubmit, control } = form
  const { errors, isSubmitting } = form.formState
  const kind = kindById(useWatch({ control, name: 'kind' }))
  const feeHint = settingsFee(kind.id, fees)
  const submit = handleSubmit(onSubmit, focusFirstError)

  return (
    <form
      className="intake"
      onSubmit={(e) => void submit(e)}
      onKeyDown={preventEnterSubmit}
      noValidate
      aria-label="受付内容"
    >
      <div className="intake-columns">
        <div className="intake-col">
          <fieldset>
            <legend>受付</legend>
            <div className="grid-3">
              <Field label="受付日" required error={errors.receivedOn?.message} hint="郵送は到着日">
                {(p) => <input {...p} type="date" max={today} {...register('receivedOn')} />}
              </Field>
              <Field label="受付方法" required error={errors.channel?.message}>
                {(p) => (
                  <select {...p} {...register('channel')}>
                    {CHANNELS.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="請求の種類" required error={errors.kind?.message}>
                {(p) => (
                  <select {...p} {...register('kind')}>
                    {REQUEST_KINDS.map((k) => (
                      <option key={k.id} value={k.id}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <p className="hint">{basisLine(kind)}</p>
          </fieldset>
          <PersonFields form={form} isBereaved={kind.id === 'bereaved'} allowsAnonymous={kind.allowsAnonymous} />
        </div>
        <div className="intake-col">
          {aside}
          <RequesterFields form={form} />
          <RequestContentFields form={form} kind={kind} feeHint={feeHint} />
        </div>
      </div>
      <div className="intake-footer">
        <button type="submit" disabled={isSubmitting}>
          {submitLabel}
        </button>
        {footer}
      </div>
    </form>
  )
}
