// The grounds a decision may rest on, worded exactly as the clinic's privacy policy words them.
// Staff choose from these; they are never typed. A test compares every entry with the policy text.

export type GroundSetId = 'nonDisclosure' | 'suspension' | 'thirdPartyProvision'

export interface Ground {
  readonly id: string
  readonly set: GroundSetId
  readonly number: number
  readonly text: string
}

export interface GroundSet {
  readonly id: GroundSetId
  readonly label: string
  /** The heading of the policy section the grounds are listed under. */
  readonly policySection: string
  readonly article: string
}

export const GROUND_SETS: readonly GroundSet[] = [
  { id: 'nonDisclosure', label: '不開示事由', policySection: '個人情報の開示', article: 'APPI 33条2項' },
  { id: 'suspension', label: '利用停止等の事由', policySection: '個人情報の利用停止等', article: 'APPI 35条' },
  {
    id: 'thirdPartyProvision',
    label: '第三者提供が認められる場合',
    policySection: '個人情報の管理と保護',
    article: 'APPI 27条1項'
  }
]

const list = (set: GroundSetId, texts: readonly string[]): Ground[] =>
  texts.map((text, i) => ({ id: `${set}-${i + 1}`, set, number: i + 1, text }))

export const GROUNDS: readonly Ground[] = [
  // APPI 33条2項 as the policy states it: reasons to withhold all or part of a disclosure.
  ...list('nonDisclosure', [
    '利用者等又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合',
    '当法人の業務の適正な実施に著しい支障を及ぼすおそれがある場合',
    'その他法令に違反することとなる場合'
  ]),
  // APPI 35条1項・5項 as the policy states it: when the person may ask us to stop using or erase data.
  ...list('suspension', [
    '利用目的の範囲を超えて取り扱われている場合',
    '不正の手段により取得された個人情報である場合',
    '違法又は不当な行為を助長し、又は誘発するおそれがある方法により利用されている場合',
    '当法人が利用者等の個人情報を利用する必要がなくなった場合',
    '要配慮個人情報が含まれる個人情報の漏えい、滅失若しくは毀損（以下「漏えい等」といいます。）が発生し、又は発生したおそれがある場合',
    '不正に利用されることにより財産的被害が生じるおそれがある個人情報の漏えい等が発生し、又は発生したおそれがある場合',
    '不正の目的をもって行われたおそれがある個人情報の漏えい等が発生し、又は発生したおそれがある場合',
    '個人情報にかかる本人の数が千人を超える漏えい等が発生し、又は発生したおそれがある場合',
    '当該個人情報の取扱いにより利用者等の権利又は正当な利益が害されるおそれがある場合'
  ]),
  // APPI 27条1項・5項 as the policy states it: provision to others without consent is allowed in these cases.
  ...list('thirdPartyProvision', [
    '人の生命、身体又は財産の保護のために必要がある場合であつて、利用者等の同意を得ることが困難である場合',
    '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であつて、利用者等の同意を得ることが困難である場合',
    '国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であつて、利用者等の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがある場合',
    '業務を円滑に遂行するため、利用目的の達成に必要な範囲内において個人情報の取扱いの全部又は一部を委託する場合',
    'その他の事由による事業の承継に伴って個人情報が提供される場合',
    '個人情報を特定の者との間で共同して利用する場合であつて、その旨並びに共同して利用される個人情報の項目、共同して利用する者の範囲、利用する者の利用目的及び当該個人情報の管理について責任を有する者の氏名又は名称について、あらかじめ利用者等に通知し、又は利用者等が容易に知り得る状態に置いた場合',
    'その他法令で認められる場合'
  ])
]

/** The policy's wording of the alternative measure (APPI 35条6項 ただし書). */
export const ALTERNATIVE_MEASURE_CLAUSE =
  '個人情報の利用停止等に多額の費用を有する場合その他利用停止等を行うことが困難な場合であって、利用者等の権利利益を保護するために必要なこれに代わるべき措置をとれる場合は、この代替策を講じます。'

export function groundsOf(set: GroundSetId): Ground[] {
  return GROUNDS.filter((g) => g.set === set)
}

export function groundById(id: string): Ground | undefined {
  return GROUNDS.find((g) => g.id === id)
}

/** '(2)当法人の業務の…' as quoted in letters. */
export function quoteGround(g: Ground): string {
  return `(${g.number})${g.text}`
}
