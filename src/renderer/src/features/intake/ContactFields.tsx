// 〒, 住所, 電話 and メール for the person or the requester. A 〒 typed in any width fills 都道府県・市区町村・町域
// when the address is still empty; staff type the rest (番地, 建物).
import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { IntakeData } from '../../domain/request'
import type { IntakeInput } from '../../domain/intakeSchema'
import { normalizePostalCode } from '../../domain/input/normalize'
import { Field } from '../../ui/Field'
import { addressForPostalCode } from './postalLookup'

type Form = UseFormReturn<IntakeInput, unknown, IntakeData>

export function ContactFields({ form, base }: { form: Form; base: 'person' | 'requester' }) {
  const { register, getValues, setValue, formState } = form
  const errors = formState.errors[base]
  const [found, setFound] = useState('')

  async function fillAddress(typed: string) {
    const code = normalizePostalCode(typed)
    if (code !== typed) setValue(`${base}.postalCode`, code)
    const address = await addressForPostalCode(code).catch(() => null)
    if (address === null) {
      setFound(code.length === 8 ? 'この郵便番号の住所は見つかりません。住所を直接入力してください。' : '')
      return
    }
    if (getValues(`${base}.address`).trim() === '') {
      setValue(`${base}.address`, address)
      setFound(`「${address}」を入力しました。番地・建物名を続けて入力してください。`)
    } else setFound(`この郵便番号は「${address}」です。`)
  }

  return (
    <>
      <div className="grid-2">
        <Field label="郵便番号" error={errors?.postalCode?.message} hint="入力すると住所の町域まで入ります">
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              placeholder="105-0001"
              autoComplete="off"
              {...register(`${base}.postalCode`, {
                onBlur: (e: { target: HTMLInputElement }) => void fillAddress(e.target.value)
              })}
            />
          )}
        </Field>
        <Field label="電話番号" error={errors?.phone?.message}>
          {(p) => <input {...p} inputMode="tel" autoComplete="off" {...register(`${base}.phone`)} />}
        </Field>
      </div>
      <Field label="住所" error={errors?.address?.message} wide>
        {(p) => <input {...p} autoComplete="off" {...register(`${base}.address`)} />}
      </Field>
      <p className="hint postal-found" role="status">
        {found}
      </p>
      <Field label="メールアドレス" error={errors?.email?.message} wide>
        {(p) => <input {...p} type="email" autoComplete="off" {...register(`${base}.email`)} />}
      </Field>
    </>
  )
}
