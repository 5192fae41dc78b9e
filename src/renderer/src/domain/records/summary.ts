// The register summary row (schema v3) as a zod schema, so a summary damaged outside the app is flagged in the
// list with its id instead of breaking it, and a backup holding one is refused like any other damaged row.
import { z } from 'zod'
import { withOpenDue, type RegisterSummary } from '../registerSummary'
import { STATUS_IDS } from '../status'
import { instant, isoDate, requestKindId, requesterTypeId, statusId } from './primitives'

const yearMonth = z.string().regex(/^\d{4}-\d{2}$/)

export const registerSummarySchema = z
  .object({
    id: z.string().min(1),
    receiptNo: z.string().min(1),
    receiptYear: z.number().int(),
    receiptSeq: z.number().int(),
    receivedOn: isoDate,
    kind: requestKindId,
    status: statusId,
    dueOn: isoDate,
    statutoryOn: isoDate,
    requesterType: requesterTypeId,
    name: z.string(),
    nameKana: z.string(),
    agentName: z.string(),
    patientNo: z.string(),
    phoneDigits: z.string(),
    searchKeys: z.array(z.string()),
    notifiedOn: isoDate.nullable(),
    finishedOn: isoDate.nullable(),
    openMonths: z.array(yearMonth),
    openDueOn: isoDate.optional(),
    updatedAt: instant
  })
  // Derived from the status, never trusted as stored: a summary written before v9 (a backup restored, a row
  // replicated) comes in with it right.
  .transform((s) => withOpenDue(s)) satisfies z.ZodType<RegisterSummary>

const KINDS = new Set<string>(requestKindId.options)
const STATUSES = new Set<string>(STATUS_IDS)
const REQUESTERS = new Set<string>(requesterTypeId.options)
const STRING_FIELDS = [
  'id',
  'receiptNo',
  'receivedOn',
  'dueOn',
  'statutoryOn',
  'name',
  'nameKana',
  'agentName',
  'patientNo',
  'phoneDigits',
  'updatedAt'
] as const

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isDayOrNull = (v: unknown) => v === null || typeof v === 'string'

/**
 * The register opens 100,000 summaries at once, where the full schema costs about half a second: this checks the
 * shape the list relies on (every field's type, the kind, status and requester from the catalogue) in a few
 * milliseconds. A row it doubts goes through the full schema, which names the problem.
 */
export function hasSummaryShape(raw: unknown): raw is RegisterSummary {
  if (typeof raw !== 'object' || raw === null) return false
  const r = raw as Record<string, unknown>
  for (const f of STRING_FIELDS) if (typeof r[f] !== 'string') return false
  return (
    typeof r.receiptYear === 'number' &&
    typeof r.receiptSeq === 'number' &&
    typeof r.kind === 'string' &&
    KINDS.has(r.kind) &&
    typeof r.status === 'string' &&
    STATUSES.has(r.status) &&
    typeof r.requesterType === 'string' &&
    REQUESTERS.has(r.requesterType) &&
    isDayOrNull(r.notifiedOn) &&
    isDayOrNull(r.finishedOn) &&
    isStringArray(r.searchKeys) &&
    isStringArray(r.openMonths)
  )
}
