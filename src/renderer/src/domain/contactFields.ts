// The phone and 〒 fields as staff type them, one definition for intake and settings. Both pass the text guard
// too, so a 12-digit 個人番号 typed as a "phone number" (1234 5678 9012) is refused like anywhere else.
import { z } from 'zod'
import { findForbiddenNumber } from './sensitiveNumbers'
import { cleanText } from './textGuard'

export const PHONE_MESSAGE = '電話番号は 03-1234-5678 の形で入力してください'
export const POSTAL_CODE_MESSAGE = '郵便番号は 123-4567 の形で入力してください'

const isPhone = (s: string) => /^[0-9()+\- ]{10,16}$/.test(s) && findForbiddenNumber(s) === null
const isPostalCode = (s: string) => /^\d{3}-?\d{4}$/.test(s)

const text = () => z.string().transform((s) => cleanText(s).trim())

/** A phone number; optional fields accept ''. */
export const phoneField = (optional: boolean) =>
  text().refine((s) => (optional && s === '') || isPhone(s), PHONE_MESSAGE)

/** A 〒 (123-4567 or 1234567), or ''. */
export const postalCodeField = () => text().refine((s) => s === '' || isPostalCode(s), POSTAL_CODE_MESSAGE)
