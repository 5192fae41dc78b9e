// Identity documents (SPEC.md 本人確認): a catalogue of document TYPES and the rules for which of them are
// enough. Only a type id is ever stored; the number printed on a document is never recorded (番号法 20条,
// 健康保険法 194条の2).
import { asksAsBereaved, type ChannelId, type RequesterTypeId } from './catalogue'

export type IdentityDocGroupId = 'photo' | 'nonPhoto' | 'agent' | 'bereaved'

export interface IdentityDocType {
  readonly id: string
  readonly label: string
  readonly group: IdentityDocGroupId
  /** Must have been issued within this many months (checked by looking at the date on it). */
  readonly recentMonths?: number
  /** What staff must not do or must check, shown beside the checkbox. */
  readonly caution?: string
  /** Agent and bereaved documents apply only to these requester types. */
  readonly for?: readonly RequesterTypeId[]
}

export const IDENTITY_DOCS: readonly IdentityDocType[] = [
  { id: 'driversLicense', label: '運転免許証', group: 'photo' },
  {
    id: 'myNumberCard',
    label: 'マイナンバーカード(表面のみ)',
    group: 'photo',
    caution: '裏面の個人番号は見ない・写さない'
  },
  { id: 'passport', label: 'パスポート', group: 'photo' },
  { id: 'residenceCard', label: '在留カード・特別永住者証明書', group: 'photo' },
  { id: 'disabilityBook', label: '身体障害者手帳・精神障害者保健福祉手帳・療育手帳', group: 'photo' },
  { id: 'drivingRecordCert', label: '運転経歴証明書', group: 'photo' },
  {
    id: 'healthInsurance',
    label: '健康保険の資格確認書・保険証',
    group: 'nonPhoto',
    caution: '記号・番号は書き写さない'
  },
  {
    id: 'pensionBook',
    label: '年金手帳・基礎年金番号通知書',
    group: 'nonPhoto',
    caution: '基礎年金番号は書き写さない'
  },
  {
    id: 'residentRecord',
    label: '住民票の写し',
    group: 'nonPhoto',
    recentMonths: 3,
    caution: '個人番号の記載がないもの'
  },
  { id: 'sealCertificate', label: '印鑑登録証明書', group: 'nonPhoto', recentMonths: 3 },
  { id: 'utilityReceipt', label: '公共料金の領収書(氏名・住所の記載があるもの)', group: 'nonPhoto', recentMonths: 3 },
  { id: 'powerOfAttorney', label: '委任状(本人の署名・押印があるもの)', group: 'agent', for: ['voluntaryAgent'] },
  {
    id: 'familyRegister',
    label: '戸籍謄本(親権者であることの確認)',
    group: 'agent',
    recentMonths: 3,
    for: ['legalAgent', 'bereavedLegalAgent']
  },
  {
    id: 'guardianshipCert',
    label: '登記事項証明書(成年後見)',
    group: 'agent',
    recentMonths: 3,
    for: ['legalAgent', 'bereavedLegalAgent']
  },
  // 指針 7(2): a 任意後見人 whose authority covers the care contract (任意後見契約に関する法律 4条: 登記される).
  {
    id: 'voluntaryGuardianCert',
    label: '登記事項証明書(任意後見・代理権の範囲がわかるもの)',
    group: 'agent',
    recentMonths: 3,
    for: ['voluntaryGuardian']
  },
  // 指針 7(2): the relative actually caring for an adult whose judgement is in doubt.
  {
    id: 'caringRelationProof',
    label: '患者との続柄がわかる書類(戸籍謄本・住民票 等)',
    group: 'agent',
    recentMonths: 3,
    for: ['caringRelative'],
    caution: '現に患者の世話をしていることを聞き取り、メモに記録する'
  },
  {
    id: 'agentId',
    label: '代理人本人の身分証',
    group: 'agent',
    for: ['legalAgent', 'voluntaryAgent', 'voluntaryGuardian', 'caringRelative', 'bereavedLegalAgent'],
    caution: '代理人の顔写真付き書類1点、または顔写真のない書類2点を確認'
  },
  // 指針 9: the bereaved show the death and their relationship (除籍謄本・戸籍謄本).
  {
    id: 'relationshipProof',
    label: '戸籍謄本 等(患者との続柄がわかるもの)',
    group: 'bereaved',
    for: ['bereaved', 'bereavedLegalAgent']
  },
  {
    id: 'deathProof',
    label: '死亡の事実がわかる書類(除籍謄本・死亡診断書の写し 等)',
    group: 'bereaved',
    for: ['bereaved', 'bereavedLegalAgent']
  }
]

/** The reminder shown wherever documents are checked. */
export const IDENTITY_CAUTIONS: readonly string[] = [
  'マイナンバーカードは表面のみ確認し、裏面の個人番号は見ない・写さない。',
  '保険証(資格確認書)の記号・番号は書き写さない。',
  '記録するのは書類の種類だけです。書類の番号やコピーは残しません。'
]

export function identityDocById(id: string): IdentityDocType | undefined {
  return IDENTITY_DOCS.find((d) => d.id === id)
}

/** '住民票の写し(発行後3か月以内)' for checkboxes and summaries. */
export function identityDocLabel(doc: IdentityDocType): string {
  return doc.recentMonths === undefined ? doc.label : `${doc.label}(発行後${doc.recentMonths}か月以内)`
}

// Phone and e-mail cannot show a document: identity is checked at the counter or on documents sent by post.
const COMPLETABLE: readonly ChannelId[] = ['counter', 'post']

export const REMOTE_NOTICE =
  '電話・メール等では本人確認を完了できません。窓口で書類を提示していただくか、本人確認書類の写しと住民票の写し(原本)を郵送していただくよう案内してください。'

/** Someone asking for the patient (or for a bereaved relative): they show their own ID and their authority. */
const isAgent = (t: RequesterTypeId) =>
  t === 'legalAgent' ||
  t === 'voluntaryAgent' ||
  t === 'voluntaryGuardian' ||
  t === 'caringRelative' ||
  t === 'bereavedLegalAgent'

/**
 * Whether the photo / non-photo documents of the person (or of a bereaved requester) are checked. A 任意代理人 also
 * shows the person's; those who act because the person cannot (法定代理人, 任意後見人, a caring relative, a bereaved
 * relative's 法定代理人) show their own ID and their authority instead.
 */
const showsOwnDocs = (t: RequesterTypeId) => t === 'self' || t === 'voluntaryAgent' || t === 'bereaved'

/** Who reads the wording: staff at the checklist, or the requester in the document-request letter. */
export type IdentityAudience = 'staff' | 'letter'

/**
 * Whose photo / non-photo documents are checked: the person, or for the bereaved the requester. A letter
 * speaks to the requester, so it never calls an agent or a bereaved relative 「ご本人」.
 */
function whose(t: RequesterTypeId, audience: IdentityAudience = 'staff'): string {
  if (audience === 'letter') return asksAsBereaved(t) ? 'お申出をされる方ご自身' : isAgent(t) ? '患者様' : 'ご本人'
  if (t === 'bereaved') return '請求者(遺族)'
  return isAgent(t) ? '本人(患者)' : '本人'
}

export interface IdentityDocGroup {
  readonly id: IdentityDocGroupId
  readonly heading: string
  readonly docs: readonly IdentityDocType[]
}

export interface IdentityRequirements {
  /** False when this channel cannot complete a check (phone, e-mail, other). */
  readonly completable: boolean
  readonly notice: string | null
  /** What is acceptable, one sentence each. */
  readonly lines: readonly string[]
  /** The document types to offer, grouped. */
  readonly groups: readonly IdentityDocGroup[]
}

function groupsFor(channel: ChannelId, t: RequesterTypeId): IdentityDocGroup[] {
  const copy = channel === 'post' ? '・写し' : ''
  const of = (group: IdentityDocGroupId) =>
    IDENTITY_DOCS.filter((d) => d.group === group && (d.for === undefined || d.for.includes(t)))
  const groups: IdentityDocGroup[] = []
  if (showsOwnDocs(t)) {
    groups.push({ id: 'photo', heading: `${whose(t)}の顔写真付き書類(1点で可${copy})`, docs: of('photo') })
    groups.push({ id: 'nonPhoto', heading: `${whose(t)}の顔写真のない書類(2点必要${copy})`, docs: of('nonPhoto') })
  } else if (channel === 'post') {
    groups.push({
      id: 'nonPhoto',
      heading: '代理人の住民票',
      docs: of('nonPhoto').filter((d) => d.id === 'residentRecord')
    })
  }
  if (isAgent(t)) groups.push({ id: 'agent', heading: '代理人に関する書類', docs: of('agent') })
  if (asksAsBereaved(t)) groups.push({ id: 'bereaved', heading: '遺族であることの確認', docs: of('bereaved') })
  return groups
}

function linesFor(channel: ChannelId, t: RequesterTypeId): string[] {
  const lines: string[] = []
  const copies = channel === 'post' ? '(郵送では写しで可)' : ''
  if (showsOwnDocs(t)) lines.push(`${whose(t)}の顔写真付きの書類1点、または顔写真のない書類2点${copies}。`)
  if (t === 'voluntaryAgent') lines.push('委任状と、代理人本人の身分証。')
  if (t === 'legalAgent' || t === 'bereavedLegalAgent')
    lines.push('戸籍謄本(親権者)または登記事項証明書(成年後見人)と、代理人本人の身分証。')
  if (t === 'voluntaryGuardian')
    lines.push('任意後見の登記事項証明書(代理権の範囲がわかるもの)と、任意後見人本人の身分証。')
  if (t === 'caringRelative')
    lines.push('患者との続柄がわかる書類と、親族本人の身分証。現に世話をしていることを聞き取って記録します。')
  if (asksAsBereaved(t)) lines.push('患者との続柄がわかる書類(戸籍謄本 等)と、死亡の事実がわかる書類(除籍謄本 等)。')
  if (channel === 'post') {
    lines.push(`住民票の写しの原本(発行後3か月以内${isAgent(t) ? '・代理人のもの' : ''})。通知書はその住所に送ります。`)
  }
  return lines
}

export function identityRequirements(channel: ChannelId, requesterType: RequesterTypeId): IdentityRequirements {
  if (!COMPLETABLE.includes(channel)) return { completable: false, notice: REMOTE_NOTICE, lines: [], groups: [] }
  return {
    completable: true,
    notice: null,
    lines: linesFor(channel, requesterType),
    groups: groupsFor(channel, requesterType)
  }
}

export interface IdentityAssessment {
  sufficient: boolean
  /** What is still needed, in Japanese, one item each. */
  missing: string[]
}

/** Whether the documents seen are enough for this channel and requester; ids that do not apply are ignored. */
export function assessIdentity(
  docIds: readonly string[],
  channel: ChannelId,
  requesterType: RequesterTypeId,
  audience: IdentityAudience = 'staff'
): IdentityAssessment {
  if (!COMPLETABLE.includes(channel)) return { sufficient: false, missing: [REMOTE_NOTICE] }
  const offered = new Set(groupsFor(channel, requesterType).flatMap((g) => g.docs.map((d) => d.id)))
  const seen = new Set(docIds.filter((id) => offered.has(id)))
  const has = (id: string) => seen.has(id)
  const missing: string[] = []
  const agent = isAgent(requesterType)

  if (showsOwnDocs(requesterType)) {
    const inGroup = (group: IdentityDocGroupId) => [...seen].filter((id) => identityDocById(id)?.group === group)
    // By post an agent's 住民票 is the agent's own (for the reply address), not one of the person's documents.
    const nonPhoto = inGroup('nonPhoto').filter((id) => !(agent && channel === 'post' && id === 'residentRecord'))
    if (inGroup('photo').length === 0 && nonPhoto.length < 2) {
      missing.push(
        nonPhoto.length === 1
          ? `${whose(requesterType, audience)}の顔写真のない書類をもう1点(または顔写真付きの書類1点)`
          : `${whose(requesterType, audience)}の顔写真付きの書類1点、または顔写真のない書類2点`
      )
    }
  }
  if (requesterType === 'voluntaryAgent' && !has('powerOfAttorney')) missing.push('委任状(本人の署名・押印があるもの)')
  if (
    (requesterType === 'legalAgent' || requesterType === 'bereavedLegalAgent') &&
    !has('familyRegister') &&
    !has('guardianshipCert')
  ) {
    missing.push('代理権を確認する書類(親権者は戸籍謄本、成年後見人は登記事項証明書)')
  }
  if (requesterType === 'voluntaryGuardian' && !has('voluntaryGuardianCert'))
    missing.push('任意後見の登記事項証明書(代理権の範囲がわかるもの)')
  if (requesterType === 'caringRelative' && !has('caringRelationProof'))
    missing.push('患者との続柄がわかる書類(戸籍謄本・住民票 等)')
  if (agent && !has('agentId'))
    missing.push(
      audience === 'letter'
        ? '代理人ご自身の本人確認書類(顔写真付き1点、または顔写真のないもの2点)'
        : '代理人本人の身分証'
    )
  if (asksAsBereaved(requesterType)) {
    if (!has('relationshipProof')) missing.push('患者との続柄がわかる書類(戸籍謄本 等)')
    if (!has('deathProof')) missing.push('死亡の事実がわかる書類(除籍謄本・死亡診断書の写し 等)')
  }
  if (channel === 'post' && !has('residentRecord')) {
    missing.push(`住民票の写しの原本(発行後3か月以内${agent ? '・代理人のもの' : ''})`)
  }
  return { sufficient: missing.length === 0, missing }
}
