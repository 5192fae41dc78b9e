// How long a provision or receipt record is kept (規則21条・24条), and which records a purge may delete.
import { addDays, isValidIsoDate, type IsoDate } from '../calendar'
import type { ProvisionRecord } from '../records/provision'

const pad = (n: number, w: number) => String(n).padStart(w, '0')

/**
 * The last day of a period of `years` counted from `from` (民法143条): the day before the same month-day `years`
 * later, or, where that day does not exist (02-29), the last day of that month.
 */
export function lastDayOfYears(from: IsoDate, years: number): IsoDate {
  const y = Number(from.slice(0, 4)) + years
  const same = `${pad(y, 4)}-${from.slice(5)}`
  if (isValidIsoDate(same)) return addDays(same, -1)
  return `${pad(y, 4)}-${from.slice(5, 7)}-28`
}

export type RetentionRule = 'fromRecord' | 'contractLastProvision' | 'bulkLastProvision'

/** Which rule applies: a contract standing in wins (1 year), then a bulk record (3 years from the last provision). */
export function retentionRuleOf(r: Pick<ProvisionRecord, 'form' | 'contract'>): RetentionRule {
  if (r.contract) return 'contractLastProvision'
  if (r.form === 'bulk') return 'bulkLastProvision'
  return 'fromRecord'
}

/** 規則21条・24条: 3 years from the record; 1 year from the last provision (contract); 3 years from it (bulk). */
export function retentionEnd(r: Pick<ProvisionRecord, 'form' | 'contract' | 'recordedOn' | 'lastProvidedOn'>): IsoDate {
  switch (retentionRuleOf(r)) {
    case 'contractLastProvision':
      return lastDayOfYears(r.lastProvidedOn, 1)
    case 'bulkLastProvision':
      return lastDayOfYears(r.lastProvidedOn, 3)
    case 'fromRecord':
      return lastDayOfYears(r.recordedOn, 3)
  }
}

/** A record may be purged once its retention end has passed. */
export function isExpired(r: Pick<ProvisionRecord, 'retentionEnd'>, today: IsoDate): boolean {
  return r.retentionEnd < today
}
