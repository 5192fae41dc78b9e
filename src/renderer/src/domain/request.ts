// The shape of a request as stored in the register. Every row is ready for replication (SPEC.md
// "Ready to grow past one PC"): a generated string id, clinicId, deviceId, createdAt/updatedAt in UTC.
import type { ChannelId, DataCategoryId, DisclosureMethodId, RequestKindId, RequesterTypeId } from './catalogue'
import type { OutcomeId } from './outcomes'
import type { StatusId } from './status'

export interface PersonInfo {
  name: string
  nameKana: string
  birthDate: string
  patientNo: string
  postalCode: string
  address: string
  phone: string
  email: string
}

export interface RequesterInfo {
  type: RequesterTypeId
  agentName: string
  agentKana: string
  relation: string
  /** How to reach an agent or a bereaved requester: letters go to them (empty for 本人). */
  postalCode: string
  address: string
  phone: string
  email: string
}

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

/** What reception records at intake. */
export interface IntakeData {
  receivedOn: string
  channel: ChannelId
  kind: RequestKindId
  person: PersonInfo
  requester: RequesterInfo
  dataCategories: DataCategoryId[]
  dataOther: string
  /** Grounds the person invokes (suspension grounds (1)–(9)), ids from grounds.ts. */
  requestGrounds: string[]
  disclosureMethod: DisclosureMethodId | null
  fee: number | null
  details: string
}

export interface StaffStamp {
  staffId: string
  staffName: string
  at: string
}

export type IdentityResult = 'verified' | 'incomplete' | 'failed'

export interface IdentityCheck extends StaffStamp {
  /** Document TYPE ids only; numbers on documents are never recorded. */
  documents: string[]
  result: IdentityResult
  note: string
}

export interface Investigation extends StaffStamp {
  searched: string
  found: string
  /** 主治医の意見, required before a decision when medical records are asked about. */
  doctorOpinion: string
  doctorName: string
}

export interface Decision extends StaffStamp {
  outcome: OutcomeId
  groundIds: string[]
  /** APPI 36条: why the decision is not fully in the person's favour. */
  reason: string
  withheldParts: string
  actionTaken: string
  /** When disclosure by the requested method is hard, disclose in writing (APPI 33条1項 ただし書). */
  methodChangedToPaper: boolean
  methodChangeReason: string
  disclosureDate: string
}

export interface Approval extends StaffStamp {
  comment: string
}

export type HistoryEventType = 'hold' | 'resume' | 'extend' | 'sendBack'

export interface HistoryEntry extends StaffStamp {
  type: HistoryEventType
  reason: string
  /** For extensions: the target date before and after. */
  fromDate: string
  toDate: string
}

export type SentBy = 'handed' | 'post' | 'registeredPost' | 'email'

export interface NoticeRecord extends StaffStamp {
  letterId: string
  issuedOn: string
  sentBy: SentBy
}

export interface RequestRecord extends IntakeData {
  id: string
  clinicId: string
  deviceId: string
  receiptNo: string
  status: StatusId
  /** The status to return to when a hold is lifted. */
  heldFrom: StatusId | null
  /** The internal target date (configurable rule). */
  dueOn: string
  /** APPI 39条: receipt + 14 days, after which the person may sue; shown whatever the target. */
  statutoryOn: string
  identity: IdentityCheck | null
  investigation: Investigation | null
  decision: Decision | null
  approval: Approval | null
  history: HistoryEntry[]
  notice: NoticeRecord | null
  closedOn: string | null
  /** Prefix-search keys: kana and name (whole and by part) and the 受付番号, normalised. */
  searchKeys: string[]
  createdAt: string
  updatedAt: string
  createdBy: string
  updatedBy: string
}
