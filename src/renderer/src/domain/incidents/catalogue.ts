// Labels for leak incidents: the four reportable situations (規則7条) and the nine report items (規則8条1項).
import type { INCIDENT_SITUATION_IDS, REPORT_ITEM_IDS } from '../records/incident'

type SituationId = (typeof INCIDENT_SITUATION_IDS)[number]
type ReportItemId = (typeof REPORT_ITEM_IDS)[number]

export const INCIDENT_SITUATIONS: readonly { id: SituationId; label: string; hint: string }[] = [
  {
    id: 'sensitive',
    label: '要配慮個人情報の漏えい等(規則7条1号)',
    hint: '患者さんの診療情報は要配慮個人情報です。1人分でも該当します。'
  },
  { id: 'financial', label: '財産的被害が生じるおそれ(規則7条2号)', hint: 'クレジットカード番号・口座情報など' },
  { id: 'malicious', label: '不正の目的によるおそれ(規則7条3号)', hint: '不正アクセス・盗難・内部不正など' },
  { id: 'over1000', label: '本人の数が1,000人を超える(規則7条4号)', hint: '' }
]

/** `notice`: also one of the items told to the people affected (規則10条: items 1, 2, 4, 5, 9). */
export const REPORT_ITEMS: readonly { id: ReportItemId; label: string; notice: boolean }[] = [
  { id: 'summary', label: '概要', notice: true },
  { id: 'dataItems', label: '漏えい等が発生し、又は発生したおそれがある個人データの項目', notice: true },
  { id: 'personCount', label: '本人の数', notice: false },
  { id: 'cause', label: '原因', notice: true },
  { id: 'secondaryDamage', label: '二次被害又はそのおそれの有無及びその内容', notice: true },
  { id: 'responseToPersons', label: '本人への対応の実施状況', notice: false },
  { id: 'publication', label: '公表の実施状況', notice: false },
  { id: 'preventiveMeasures', label: '再発防止のための措置', notice: false },
  { id: 'otherMatters', label: 'その他参考となる事項', notice: true }
]

export const NOTICE_METHODS = [
  { id: 'letter', label: '書面(郵送)' },
  { id: 'email', label: 'メール' },
  { id: 'phone', label: '電話' },
  { id: 'inPerson', label: '手渡し・面談' }
] as const

export const SUBMISSION_STAGES = [
  { id: 'preliminary', label: '速報' },
  { id: 'final', label: '確報' }
] as const

export const NOTICE_MODES = [
  { id: 'undecided', label: '未定' },
  { id: 'individual', label: '本人へ個別に通知' },
  { id: 'public', label: '公表(本人への通知が困難な場合の代替措置)' }
] as const
