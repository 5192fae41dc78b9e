// Field schemas for what staff type with an IME, shared by the intake and settings forms: each normalises
// (normalize.ts) and then checks, with a message that says what to type.
import { z } from 'zod'
import { isPhoneNumber, isPostalCode, normalizePhone, normalizePostalCode, toHalfWidth } from './normalize'
import { parseTypedDate } from './wareki'

/** A date typed as 和暦 (S30.5.10, 昭和30年5月10日) or 西暦, stored as ISO; '' stays '' (the form checks required). */
export const typedDate = (what: string) =>
  z.string().transform((s, ctx) => {
    if (s.trim() === '') return ''
    const parsed = parseTypedDate(s)
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message.replace('生年月日', what) })
      return z.NEVER
    }
    return parsed.iso
  })

/** 〒 stored as 123-4567, whatever digits and dashes were typed. */
export const postalCode = () =>
  z
    .string()
    .transform(normalizePostalCode)
    .refine((s) => s === '' || isPostalCode(s), '郵便番号は7桁の数字で入力してください(例: 105-0001)')

/** A phone number checked by its digit count (10 for fixed lines, 11 for mobile and 050). */
export const phoneNumber = (optional: boolean) =>
  z
    .string()
    .transform(normalizePhone)
    .refine(
      (s) => (optional && s === '') || isPhoneNumber(s),
      '電話番号の桁数が合いません。市外局番から入力してください(固定電話は10桁、携帯電話は11桁)'
    )

export const email = () =>
  z
    .string()
    .transform(toHalfWidth)
    .refine(
      (s) => s === '' || z.email().safeParse(s).success,
      'メールアドレスの形が正しくありません(例: yamada@example.jp)'
    )
