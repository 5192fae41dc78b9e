// The stored request row (受付簿の1件) as a zod schema: the one definition of its shape. Rows read back from
// IndexedDB or a backup pass through `requestRecordSchema` before anything uses them.
import { z } from 'zod'
import {
  channelId,
  dataCategoryId,
  disclosureMethodId,
  instant,
  isoDate,
  outcomeId,
  requesterTypeId,
  requestKindId,
  rowIdentity,
  statusId
} from './primitives'
import { BEREAVED_RELATIONS, FEE_PAID_BY, MINOR_VIEWS } from '../catalogue'

const BEREAVED_RELATION_IDS = BEREAVED_RELATIONS.map((r) => r.id) as [(typeof BEREAVED_RELATIONS)[number]['id']]
const MINOR_VIEW_IDS = MINOR_VIEWS.map((r) => r.id) as [(typeof MINOR_VIEWS)[number]['id']]

export const personInfoSchema = z.object({
  name: z.string(),
  nameKana: z.string(),
  birthDate: z.string(),
  patientNo: z.string(),
  postalCode: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string()
})

export const requesterInfoSchema = z.object({
  type: requesterTypeId,
  agentName: z.string(),
  agentKana: z.string(),
  relation: z.string(),
  /** How to reach an agent or a bereaved requester: letters go to them (empty for 本人; absent before 0.2). */
  postalCode: z.string().default(''),
  address: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
  /** 指針 9: how a bereaved requester (or the one a 法定代理人 acts for) was related to the patient. Absent before 0.3. */
  bereavedRelation: z.enum(BEREAVED_RELATION_IDS).optional(),
  /** 指針 7(2): a patient aged 15+ but a minor consented to, or objected to, a 法定代理人's request. Absent if unknown. */
  minorView: z.enum(MINOR_VIEW_IDS).optional()
})

/** What reception records at intake. */
export const intakeDataSchema = z.object({
  receivedOn: isoDate,
  channel: channelId,
  kind: requestKindId,
  person: personInfoSchema,
  requester: requesterInfoSchema,
  dataCategories: z.array(dataCategoryId),
  dataOther: z.string(),
  /** Grounds the person invokes (suspension grounds (1)–(9)), ids from grounds.ts. */
  requestGrounds: z.array(z.string()),
  disclosureMethod: disclosureMethodId.nullable(),
  fee: z.number().int().min(0).nullable(),
  details: z.string()
})

export const staffStampSchema = z.object({ staffId: z.string(), staffName: z.string(), at: instant })

export const identityResultSchema = z.enum(['verified', 'incomplete', 'failed'])

/** How the documents were checked: originals at the counter, or copies and originals received by post. */
export const identityMethodSchema = z.enum(['counter', 'post'])

export const identityCheckSchema = staffStampSchema.extend({
  /** Document TYPE ids only; numbers on documents are never recorded. */
  documents: z.array(z.string()),
  /** null on checks recorded before the method was kept (those rows are read as they were). */
  method: identityMethodSchema.nullable().default(null),
  result: identityResultSchema,
  note: z.string()
})

export const investigationSchema = staffStampSchema.extend({
  searched: z.string(),
  found: z.string(),
  /** 主治医の意見, required before a decision when medical records are asked about. */
  doctorOpinion: z.string(),
  doctorName: z.string()
})

const count = z.number().int().min(0).max(100_000)

/** What staff count for the fee (APPI 38条): copies, discs, postage and a doctor's explanation time. */
export const feeBasisSchema = z.object({
  pagesBw: count,
  pagesColour: count,
  discs: count,
  mailed: z.boolean(),
  explanationMinutes: count
})

/** The fee as computed from the procedure version in force on the 受付日, line by line. */
export const decisionFeeSchema = z.object({
  procedureId: z.string(),
  effectiveFrom: isoDate,
  lines: z.array(z.object({ label: z.string(), amount: z.number().int().min(0) })),
  total: z.number().int().min(0)
})

export const decisionSchema = staffStampSchema.extend({
  outcome: outcomeId,
  groundIds: z.array(z.string()),
  /** APPI 36条: why the decision is not fully in the person's favour. */
  reason: z.string(),
  withheldParts: z.string(),
  actionTaken: z.string(),
  /** When disclosure by the requested method is hard, disclose in writing (APPI 33条1項 ただし書). */
  methodChangedToPaper: z.boolean(),
  methodChangeReason: z.string(),
  disclosureDate: z.string(),
  /** Only for kinds that take a fee (利用目的の通知・開示); absent on decisions made before fees were computed. */
  feeBasis: feeBasisSchema.optional(),
  fee: decisionFeeSchema.optional()
})

/**
 * 医政医発0720第2号: a decision to withhold medical records is reviewed by the in-house 検討委員会 before approval.
 * A doctor's explanation is offered to the person, never required of them.
 */
export const committeeReviewSchema = staffStampSchema.extend({
  heldOn: isoDate,
  members: z.string(),
  conclusion: z.string(),
  explanationOffered: z.boolean()
})

export const FEE_PAID_BY_IDS = FEE_PAID_BY.map((m) => m.id) as [(typeof FEE_PAID_BY)[number]['id']]

/** The fee as received: when, how much and how (recorded by an audited action). */
export const feeReceiptSchema = staffStampSchema.extend({
  receivedOn: isoDate,
  amount: z.number().int().min(1).max(1_000_000),
  paidBy: z.enum(FEE_PAID_BY_IDS),
  note: z.string()
})

export const approvalSchema = staffStampSchema.extend({ comment: z.string() })

/** hold … sendBack keep a request open; identityFailed and withdraw record why it ended (the reason as typed). */
export const historyEventTypeSchema = z.enum(['hold', 'resume', 'extend', 'sendBack', 'identityFailed', 'withdraw'])

export const historyEntrySchema = staffStampSchema.extend({
  type: historyEventTypeSchema,
  reason: z.string(),
  /** For extensions: the target date before and after. */
  fromDate: z.string(),
  toDate: z.string()
})

export const SENT_BY_IDS = ['handed', 'post', 'registeredPost', 'email'] as const
export const sentBySchema = z.enum(SENT_BY_IDS)

export const noticeRecordSchema = staffStampSchema.extend({
  letterId: z.string(),
  issuedOn: isoDate,
  sentBy: sentBySchema
})

export const requestRecordSchema = intakeDataSchema.extend({
  ...rowIdentity,
  receiptNo: z.string().regex(/^\d{4}-\d{4,}$/),
  /** The receipt number an old ledger gave the request, kept when it was imported. Absent on every other row. */
  legacyReceiptNo: z.string().optional(),
  status: statusId,
  /** The status to return to when a hold is lifted. */
  heldFrom: statusId.nullable(),
  /** The internal target date (configurable rule). */
  dueOn: isoDate,
  /** APPI 39条: receipt + 14 days, after which the person may sue; shown whatever the target. */
  statutoryOn: isoDate,
  identity: identityCheckSchema.nullable(),
  investigation: investigationSchema.nullable(),
  decision: decisionSchema.nullable(),
  approval: approvalSchema.nullable(),
  /** The 検討委員会's review of a withholding decision; absent on rows that never needed one. */
  committeeReview: committeeReviewSchema.nullable().optional(),
  history: z.array(historyEntrySchema),
  /** The fee as received; absent until one is recorded. */
  feeReceipt: feeReceiptSchema.optional(),
  notice: noticeRecordSchema.nullable(),
  /** The state machine stores the closing instant (every released version did); a date is accepted too. */
  closedOn: z.union([instant, isoDate]).nullable(),
  /** Prefix-search keys: kana and name (whole and by part) and the 受付番号, normalised. */
  searchKeys: z.array(z.string()),
  createdAt: instant,
  updatedAt: instant,
  createdBy: z.string(),
  updatedBy: z.string()
})
