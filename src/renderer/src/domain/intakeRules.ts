// What an intake must hold whichever path stores it (the form, a correction, an import): every string through the
// text guard, and dates within sane bounds so a slip like year 0000 never reaches the deadline arithmetic.
import { isValidIsoDate } from './calendar'
import { kindById } from './catalogue'
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
  // An anonymous complaint (苦情・相談) is stored without a birth date; any other must hold one within bounds.
  const birth = intake.person.birthDate
  const anonymousOk = birth === '' && kindById(intake.kind).allowsAnonymous
  if (!anonymousOk && !birthDateOk(birth, today)) return { ok: false, message: `${BIRTH_DATE_MESSAGE}。` }
  if (intake.fee !== null && !(Number.isSafeInteger(intake.fee) && intake.fee >= 0))
    return { ok: false, message: '手数料は0以上の整数(円)で入力してください。' }
  return guardStrings(intake)
}
