// How each request kind is named in a letter's sentences, and who the letter speaks to.
import type { RequestKindId, RequesterTypeId } from '../catalogue'
import type { RequestRecord } from '../request'

export interface KindWording {
  /** What was asked, as the letter names it; {person} is the person the data is about. */
  readonly subject: string
  /** The data the decision is about: '請求のあった{object}'. */
  readonly object: string
  /** APPI says 請求 (33条–35条) and 求め (32条2項); the clinic's own services take お申出. */
  readonly asked: '請求' | '求め' | 'お申出'
}

export const KIND_WORDING: Readonly<Record<RequestKindId, KindWording>> = {
  purpose: { subject: '保有個人データの利用目的の通知', object: '保有個人データ', asked: '求め' },
  disclosure: { subject: '保有個人データの開示', object: '保有個人データ', asked: '請求' },
  thirdPartyRecord: { subject: '第三者提供記録の開示', object: '第三者提供記録', asked: '請求' },
  correction: { subject: '保有個人データの訂正等（訂正・追加・削除）', object: '保有個人データ', asked: '請求' },
  suspension: { subject: '保有個人データの利用停止等（利用停止・消去）', object: '保有個人データ', asked: '請求' },
  thirdPartyStop: { subject: '保有個人データの第三者への提供の停止', object: '保有個人データ', asked: '請求' },
  marketingOptOut: { subject: '広告・DM等の配信停止', object: '配信', asked: 'お申出' },
  // The guideline on medical information: the person has died, the family asks (APPI covers the living only).
  bereaved: { subject: '故 {person} 様の診療情報の提供', object: '診療情報', asked: 'お申出' },
  complaint: { subject: '個人情報の取扱いに関する苦情', object: '苦情', asked: 'お申出' },
  inquiry: { subject: '個人情報の取扱いに関するご相談', object: 'ご相談', asked: 'お申出' }
}

/** Someone other than the person asked: an agent, or the family of a deceased patient. */
export function asksForSomeoneElse(r: Pick<RequestRecord, 'requester'>): boolean {
  return r.requester.type !== 'self' && r.requester.agentName.trim() !== ''
}

/** '山田 太郎 様': the requester — for an agent, the agent. */
export function addresseeOf(r: Pick<RequestRecord, 'person' | 'requester'>): string {
  const name = asksForSomeoneElse(r) ? r.requester.agentName : r.person.name
  return `${name.trim()} 様`
}

const AGENT_ROLES: Readonly<Record<RequesterTypeId, string>> = {
  self: '',
  legalAgent: '法定代理人',
  voluntaryAgent: '任意代理人',
  bereaved: 'ご遺族',
  voluntaryGuardian: '任意後見人',
  caringRelative: 'ご親族',
  bereavedLegalAgent: 'ご遺族の法定代理人'
}

/** '山田 太郎 様の法定代理人として': names the person in the body when an agent asked. */
export function agentPhrase(r: Pick<RequestRecord, 'kind' | 'person' | 'requester'>): string {
  if (!asksForSomeoneElse(r) || r.kind === 'bereaved') return ''
  const role = AGENT_ROLES[r.requester.type]
  return `${r.person.name.trim()} 様の${role}として`
}

/** Fills {name} placeholders; an unknown name is left as it is so a mistake shows in tests. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}

/** 1000 → '1,000', without depending on the PC's locale. */
export function yen(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`
}

/** Free text as printed lines: one per line typed, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}
