// What an intake must hold whichever path stores it (the form, a correction, an import): every string through the
// text guard, and dates within sane bounds so a slip like year 0000 never reaches the deadline arithmetic.
import { isValidIsoDate } from './calendar'
import type { IntakeData } from './request'
import { guardStrings, type Guarded } from './textGuard'

/** The register starts in 2000: an earlier 受付日 is a typing slip. */
export const EARLIEST_RECEIPT = '2000-01-01'
/** No living patient was born before 1900. */
export const EARLIEST_BIRTH = '1900-01-01'

export const RECEIPT_DATE_MESSAGE = `受付日は ${EARLIEST_RECEIPT} 以降、今日までの日付を入力してください(年の打ち間違いがないか確認してください)`
export const BIRTH_DATE_MESSAGE = `生年月日は ${EARLIEST_BIRTH} 以降、今日までの日付を入力してください`

export const receiptDateOk = (d: string, today: string) => isValidIsoDate(d) && d >= EARLIEST_RECEIPT && d <= today
export const birthDateOk = (d: string, today: string) => isValidIsoDate(d) && d >= EARLIEST_BIRTH && d <= today

/** The intake with its strings guarded, or the first reason it cannot be stored. */
export function guardIntake(intake: IntakeData, today: string): Guarded<IntakeData> {
  if (!receiptDateOk(intake.receivedOn, today)) return { ok: false, message: `${RECEIPT_DATE_MESSAGE}。` }
  if (!birthDateOk(intake.person.birthDate, today)) return { ok: false, message: `${BIRTH_DATE_MESSAGE}。` }
  if (intake.fee !== null && !(Number.isSafeInteger(intake.fee) && intake.fee >= 0))
    return { ok: false, message: '手数料は0以上の整数(円)で入力してください。' }
  return guardStrings(intake)
}

/**
 * A fee as typed: digits only (全角 digits and a thousands comma allowed), '' for none. Anything else, such as
 * '0x10', '1e3' or a lone space, is refused rather than read as some other number.
 */
export function parseYen(text: string): number | null | 'invalid' {
  const t = text.normalize('NFKC').trim()
  if (t === '') return text === '' ? null : 'invalid'
  if (!/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(t)) return 'invalid'
  return Number(t.replaceAll(',', ''))
}
