// Who asks, beyond the catalogue (診療情報の提供等に関する指針 7(2), 9): a minor's own view of a 法定代理人's request,
// and which of the requester's details apply to their type. Pure: dates come in as arguments.
import { asksAsBereaved, type RequesterTypeId } from './catalogue'
import { isValidIsoDate } from './calendar'
import type { RequesterInfo } from './request'

/** Full years of age on a date ('YYYY-MM-DD' both), or null when the birth date is unknown. */
export function ageOn(birthDate: string, on: string): number | null {
  if (!isValidIsoDate(birthDate) || !isValidIsoDate(on)) return null
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years
}

// 民法 4条: 成年 at 18. 指針 7(2): from 15 the patient's own wish is asked when a 法定代理人 requests.
export const ADULT_AGE = 18
export const OWN_VIEW_AGE = 15

/** Whether a 法定代理人's request concerns a patient aged 15 or over but still a minor on the 受付日. */
export function asksMinorView(type: RequesterTypeId, birthDate: string, receivedOn: string): boolean {
  if (type !== 'legalAgent') return false
  const age = ageOn(birthDate, receivedOn)
  return age !== null && age >= OWN_VIEW_AGE && age < ADULT_AGE
}

/**
 * The requester as stored: the bereaved relationship only for the bereaved, the minor's view only where it
 * applies; fields that do not apply are left out (never stored empty), so rows without them hash as before.
 */
export function requesterAsStored(r: RequesterInfo, birthDate: string, receivedOn: string): RequesterInfo {
  const { bereavedRelation, minorView, ...rest } = r
  const out: RequesterInfo = { ...rest }
  if (asksAsBereaved(r.type) && bereavedRelation !== undefined) out.bereavedRelation = bereavedRelation
  if (minorView !== undefined && asksMinorView(r.type, birthDate, receivedOn)) out.minorView = minorView
  return out
}
