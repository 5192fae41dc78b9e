// The shape of a request as stored in the register. Every row is ready for replication (SPEC.md
// "Ready to grow past one PC"): a generated string id, clinicId, deviceId, createdAt/updatedAt in UTC.
// The schemas in records/request.ts are the one definition; these are their types.
import type { z } from 'zod'
import type {
  approvalSchema,
  committeeReviewSchema,
  decisionFeeSchema,
  feeBasisSchema,
  feeReceiptSchema,
  decisionSchema,
  historyEventTypeSchema,
  identityCheckSchema,
  identityResultSchema,
  intakeDataSchema,
  investigationSchema,
  noticeRecordSchema,
  personInfoSchema,
  requesterInfoSchema,
  requestRecordSchema,
  sentBySchema,
  staffStampSchema
} from './records/request'

export type PersonInfo = z.infer<typeof personInfoSchema>
export type RequesterInfo = z.infer<typeof requesterInfoSchema>
/** What reception records at intake. */
export type IntakeData = z.infer<typeof intakeDataSchema>
export type StaffStamp = z.infer<typeof staffStampSchema>
export type IdentityResult = z.infer<typeof identityResultSchema>
export type IdentityCheck = z.infer<typeof identityCheckSchema>
export type Investigation = z.infer<typeof investigationSchema>
export type Decision = z.infer<typeof decisionSchema>
export type Approval = z.infer<typeof approvalSchema>
export type CommitteeReview = z.infer<typeof committeeReviewSchema>
export type FeeBasis = z.infer<typeof feeBasisSchema>
export type DecisionFee = z.infer<typeof decisionFeeSchema>
export type FeeReceipt = z.infer<typeof feeReceiptSchema>
export type HistoryEventType = z.infer<typeof historyEventTypeSchema>
export type SentBy = z.infer<typeof sentBySchema>
export type NoticeRecord = z.infer<typeof noticeRecordSchema>
export type RequestRecord = z.infer<typeof requestRecordSchema>

/** The requester of a request made by the person themself: nothing beyond the type. */
export const SELF_REQUESTER: RequesterInfo = {
  type: 'self',
  agentName: '',
  agentKana: '',
  relation: '',
  postalCode: '',
  address: '',
  phone: '',
  email: ''
}
