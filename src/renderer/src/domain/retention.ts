// Retention (SPEC.md "Retention"): closed requests older than the clinic's period may be purged by a manager.
// The clinic decides the period; 診療録 are kept 5 years under 医師法24条, which is the default.
import { z } from 'zod'
import { tokyoDate } from './calendar'
import { instant, isoDate, rowIdentity, requestKindId, statusId } from './records/primitives'

/** The last 完了 day whose requests are past the period: the same calendar day `years` ago (29 Feb → 28 Feb). */
export function retentionCutoff(today: string, years: number): string {
  const [y = '0', m = '01', d = '01'] = today.split('-')
  const year = String(Number(y) - years).padStart(4, '0')
  const day = m === '02' && d === '29' ? '28' : d
  return `${year}-${m}-${day}`
}

/** True when a request closed (完了・取下げ・本人確認不可) on or before the cutoff. */
export function isPastRetention(closedOn: string | null, cutoff: string): boolean {
  return closedOn !== null && tokyoDate(new Date(closedOn)) <= cutoff
}

/** What is kept of a purged request: enough for past months' totals, nothing personal. Schema v4. */
export const purgedRequestSchema = z.object({
  ...rowIdentity,
  receiptNo: z.string(),
  kind: requestKindId,
  status: statusId,
  receivedOn: isoDate,
  /** The closing instant (or day, for a request imported from a ledger). */
  closedOn: z.union([instant, isoDate]),
  purgedAt: instant
})
export type PurgedRequest = z.infer<typeof purgedRequestSchema>
