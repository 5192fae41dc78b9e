// The catalogue of request kinds (SPEC.md "Request kinds"). Screens render from it; nothing is hard-coded in the UI.
import type { GroundSetId } from './grounds'
import type { LetterTemplateId, OutcomeId } from './outcomes'

export const REQUEST_KIND_IDS = [
  'purpose',
  'disclosure',
  'thirdPartyRecord',
  'correction',
  'suspension',
  'thirdPartyStop',
  'marketingOptOut',
  'bereaved',
  'complaint',
  'inquiry'
] as const
export type RequestKindId = (typeof REQUEST_KIND_IDS)[number]

export interface RequestKind {
  readonly id: RequestKindId
  readonly label: string
  readonly article: string
  readonly policySection: string
  readonly outcomes: readonly OutcomeId[]
  /** Grounds the person may invoke when asking (suspension grounds (1)–(9)). */
  readonly requestGroundSet?: GroundSetId
  /** A fee may be charged (APPI 38条: only for notification of purpose and disclosure). */
  readonly feeAllowed: boolean
  /** The person chooses how data is disclosed (APPI 33条1項). */
  readonly asksDisclosureMethod: boolean
  /** The person names which data the request concerns. */
  readonly asksDataCategories: boolean
  /** Identity must be verified before investigation; complaints and inquiries may proceed without. */
  readonly identityRequired: boolean
  /** Where the right comes from: the Act (with the policy section), the policy alone, or MHLW's guideline. */
  readonly basis: 'appi' | 'policy' | 'guideline'
  /**
   * APPI 39条: two weeks after a 請求 under 33条1項・5項, 34条1項 or 35条 reaches us the person may sue, so the
   * receipt+14 mark is flagged. Other kinds (and the bereaved: APPI covers the living only) answer to the target.
   */
  readonly statutoryMark: boolean
  /** Complaints and consultations may be logged with no name (「匿名」) and no birth date. */
  readonly allowsAnonymous: boolean
  readonly letterByOutcome: Readonly<Partial<Record<OutcomeId, LetterTemplateId>>>
}

const disclosureLetters = {
  fullDisclosure: 'disclosureDecision',
  partialDisclosure: 'partialOrNonDisclosure',
  nonDisclosure: 'partialOrNonDisclosure',
  noData: 'noDataNotice'
} as const

export const REQUEST_KINDS: readonly RequestKind[] = [
  {
    id: 'purpose',
    label: '利用目的の通知',
    article: '32条2項',
    policySection: '個人情報の取得と利用',
    outcomes: ['notify', 'notNotify'],
    feeAllowed: true,
    asksDisclosureMethod: false,
    asksDataCategories: true,
    basis: 'appi',
    statutoryMark: false,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: { notify: 'purposeNotice', notNotify: 'purposeNotice' }
  },
  {
    id: 'disclosure',
    label: '保有個人データの開示',
    article: '33条1項',
    policySection: '個人情報の開示',
    outcomes: ['fullDisclosure', 'partialDisclosure', 'nonDisclosure', 'noData'],
    feeAllowed: true,
    asksDisclosureMethod: true,
    asksDataCategories: true,
    basis: 'appi',
    statutoryMark: true,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: disclosureLetters
  },
  {
    // APPI 38条 covers disclosure under 33条5項 too, so a fee may be set.
    id: 'thirdPartyRecord',
    label: '第三者提供記録の開示',
    article: '33条5項',
    policySection: '個人情報の管理と保護',
    outcomes: ['fullDisclosure', 'partialDisclosure', 'nonDisclosure', 'noData'],
    feeAllowed: true,
    asksDisclosureMethod: true,
    asksDataCategories: true,
    basis: 'appi',
    statutoryMark: true,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: disclosureLetters
  },
  {
    id: 'correction',
    label: '訂正・追加・削除',
    article: '34条',
    policySection: '個人情報の訂正及び削除',
    outcomes: ['done', 'notDone'],
    feeAllowed: false,
    asksDisclosureMethod: false,
    asksDataCategories: true,
    basis: 'appi',
    statutoryMark: true,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: { done: 'correctionDecision', notDone: 'correctionDecision' }
  },
  {
    id: 'suspension',
    label: '利用停止・消去',
    article: '35条1項・5項',
    policySection: '個人情報の利用停止等',
    outcomes: ['done', 'alternative', 'notDone'],
    requestGroundSet: 'suspension',
    feeAllowed: false,
    asksDisclosureMethod: false,
    asksDataCategories: true,
    basis: 'appi',
    statutoryMark: true,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: { done: 'suspensionDecision', alternative: 'suspensionDecision', notDone: 'suspensionDecision' }
  },
  {
    id: 'thirdPartyStop',
    label: '第三者提供の停止',
    article: '35条3項・5項',
    policySection: '個人情報の管理と保護',
    outcomes: ['done', 'alternative', 'notDone'],
    requestGroundSet: 'suspension',
    feeAllowed: false,
    asksDisclosureMethod: false,
    asksDataCategories: true,
    basis: 'appi',
    statutoryMark: true,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: {
      done: 'thirdPartyStopDecision',
      alternative: 'thirdPartyStopDecision',
      notDone: 'thirdPartyStopDecision'
    }
  },
  {
    id: 'marketingOptOut',
    label: '広告・DM等の配信停止',
    article: '(利用目的(3)(8))',
    policySection: '個人情報の取得と利用',
    outcomes: ['done', 'notDone'],
    feeAllowed: false,
    asksDisclosureMethod: false,
    asksDataCategories: true,
    basis: 'policy',
    statutoryMark: false,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: { done: 'optOutNotice', notDone: 'optOutNotice' }
  },
  {
    id: 'bereaved',
    label: '遺族への診療情報の提供',
    article: '(診療情報の提供等に関する指針 9)',
    policySection: '— (診療情報の提供等に関する指針)',
    outcomes: ['provided', 'partiallyProvided', 'notProvided'],
    feeAllowed: true,
    asksDisclosureMethod: true,
    asksDataCategories: true,
    basis: 'guideline',
    statutoryMark: false,
    allowsAnonymous: false,
    identityRequired: true,
    letterByOutcome: {
      provided: 'bereavedDecision',
      partiallyProvided: 'bereavedDecision',
      notProvided: 'bereavedDecision'
    }
  },
  {
    id: 'complaint',
    label: '苦情',
    article: '40条',
    policySection: '苦情及び相談の対応',
    outcomes: ['answered'],
    feeAllowed: false,
    asksDisclosureMethod: false,
    asksDataCategories: false,
    basis: 'appi',
    statutoryMark: false,
    allowsAnonymous: true,
    identityRequired: false,
    letterByOutcome: { answered: 'complaintAnswer' }
  },
  {
    id: 'inquiry',
    label: '相談・問い合わせ (クッキー・広告配信を含む)',
    article: '40条',
    policySection: 'クッキーの利用について / お問い合わせ窓口',
    outcomes: ['answered'],
    feeAllowed: false,
    asksDisclosureMethod: false,
    asksDataCategories: false,
    basis: 'appi',
    statutoryMark: false,
    allowsAnonymous: true,
    identityRequired: false,
    letterByOutcome: { answered: 'complaintAnswer' }
  }
]

export function kindById(id: RequestKindId): RequestKind {
  const kind = REQUEST_KINDS.find((k) => k.id === id)
  if (!kind) throw new Error(`unknown request kind ${id}`)
  return kind
}

/** The 根拠 line shown at intake: the Act and the policy section, or the guideline alone. */
export function basisLine(kind: RequestKind): string {
  const article = kind.article.replace(/^\((.*)\)$/u, '$1')
  switch (kind.basis) {
    case 'guideline':
      return `根拠: ${article}`
    case 'policy':
      return `根拠: プライバシーポリシー「${kind.policySection}」${article}`
    case 'appi':
      return `根拠: 個人情報保護法${article}/プライバシーポリシー「${kind.policySection}」`
  }
}

/** Whether the APPI 39条 mark (receipt + 14 days) applies to a request of this kind. */
export function hasStatutoryMark(kindId: RequestKindId): boolean {
  return kindById(kindId).statutoryMark
}

export const CHANNELS = [
  { id: 'counter', label: '窓口' },
  { id: 'post', label: '郵送' },
  { id: 'phone', label: '電話' },
  { id: 'email', label: 'メール' },
  { id: 'other', label: 'その他' }
] as const
export type ChannelId = (typeof CHANNELS)[number]['id']

// 診療情報の提供等に関する指針 7(2), 9: who may ask for a patient's information. Stored ids never change; new kinds of
// requester are added at the end.
export const REQUESTER_TYPES = [
  { id: 'self', label: '本人' },
  { id: 'legalAgent', label: '法定代理人' },
  { id: 'voluntaryAgent', label: '任意代理人' },
  { id: 'bereaved', label: '遺族' },
  { id: 'voluntaryGuardian', label: '任意後見人' },
  { id: 'caringRelative', label: '世話をしている親族' },
  { id: 'bereavedLegalAgent', label: '遺族の法定代理人' }
] as const
export type RequesterTypeId = (typeof REQUESTER_TYPES)[number]['id']

/** 指針 9: the bereaved who may ask, by their relationship to the patient (for 遺族 and 遺族の法定代理人). */
export const BEREAVED_RELATIONS = [
  { id: 'spouse', label: '配偶者' },
  { id: 'child', label: '子' },
  { id: 'parent', label: '父母' },
  { id: 'equivalent', label: 'これらに準ずる者' }
] as const
export type BereavedRelationId = (typeof BEREAVED_RELATIONS)[number]['id']

/** Requesters who ask as the bereaved, themselves or through their 法定代理人. */
export function asksAsBereaved(t: RequesterTypeId): boolean {
  return t === 'bereaved' || t === 'bereavedLegalAgent'
}

/** 指針 7(2): what a patient aged 15 or over but still a minor said about a 法定代理人's request. */
export const MINOR_VIEWS = [
  { id: 'consented', label: '本人が同意している' },
  { id: 'objected', label: '本人が反対している' }
] as const

/** How a fee was paid (APPI 38条: the published procedure says how fees are paid). */
export const FEE_PAID_BY = [
  { id: 'cash', label: '現金(窓口)' },
  { id: 'transfer', label: '銀行振込' },
  { id: 'postalOrder', label: '郵便為替・現金書留' },
  { id: 'other', label: 'その他' }
] as const

export const DATA_CATEGORIES = [
  { id: 'medicalRecord', label: 'カルテ(診療録)', medical: true },
  { id: 'appointments', label: '予約履歴', medical: false },
  { id: 'inquiries', label: '問い合わせ履歴', medical: false },
  { id: 'events', label: 'イベント参加', medical: false },
  { id: 'mailings', label: '配信履歴', medical: false },
  { id: 'cookies', label: 'クッキー等', medical: false }
] as const

export const DISCLOSURE_METHODS = [
  { id: 'paper', label: '書面の交付' },
  { id: 'electronic', label: '電磁的記録の提供' },
  { id: 'viewing', label: '閲覧' }
] as const

export function labelOf(list: readonly { readonly id: string; readonly label: string }[], id: string): string {
  return list.find((x) => x.id === id)?.label ?? id
}
