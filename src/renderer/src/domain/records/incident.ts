// 漏えい等の事案 (APPI 26条, 規則7・8・10条): one row per incident, with its report items, the submissions made
// to the 個人情報保護委員会, the notice to the people affected, and the requests that cite it.
import { z } from 'zod'
import { instant, isoDate, rowIdentity } from './primitives'

/** 規則7条 1–4号: any one of these makes the incident reportable. */
export const INCIDENT_SITUATION_IDS = ['sensitive', 'financial', 'malicious', 'over1000'] as const
export const incidentSituationId = z.enum(INCIDENT_SITUATION_IDS)

/** 規則8条1項 1–9号, in the order of the report form. */
export const REPORT_ITEM_IDS = [
  'summary',
  'dataItems',
  'personCount',
  'cause',
  'secondaryDamage',
  'responseToPersons',
  'publication',
  'preventiveMeasures',
  'otherMatters'
] as const
export const reportItemsSchema = z.object(
  Object.fromEntries(REPORT_ITEM_IDS.map((id) => [id, z.string().max(4000)])) as Record<
    (typeof REPORT_ITEM_IDS)[number],
    z.ZodString
  >
)

export const submissionSchema = z.object({
  /** 速報 (規則8条1項) or 確報 (規則8条2項). */
  stage: z.enum(['preliminary', 'final']),
  submittedOn: isoDate,
  /** The receipt number the commission's form returns. */
  receiptNo: z.string().max(60),
  staffName: z.string()
})

export const personNoticeSchema = z.object({
  name: z.string().min(1).max(60),
  notifiedOn: isoDate,
  method: z.enum(['letter', 'email', 'phone', 'inPerson'])
})

export const incidentRecordSchema = z.object({
  ...rowIdentity,
  /** A short title staff recognise; holds no personal data. */
  title: z.string().min(1).max(80),
  /** The date and time (Japan) the clinic became aware: 'YYYY-MM-DDTHH:mm'. */
  knownAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  situations: z.array(incidentSituationId),
  report: reportItemsSchema,
  submissions: z.array(submissionSchema),
  /** 規則10条: individual notices, or the substitute public notice where they are impossible. */
  noticeMode: z.enum(['individual', 'public', 'undecided']),
  notices: z.array(personNoticeSchema),
  publicNotice: z.object({ on: isoDate.nullable(), text: z.string().max(2000) }),
  /** Requests (利用停止等 grounds (5)–(8)) that cite this incident. */
  requestIds: z.array(z.string()),
  closed: z.boolean(),
  createdAt: instant,
  updatedAt: instant
})

export type IncidentRecord = z.infer<typeof incidentRecordSchema>
