// The numbered items under 記 for a decision letter: what was asked, the decision, the policy's grounds quoted
// exactly, the reason, what is withheld, how and when data is disclosed, the fee, where to complain.
import { DATA_CATEGORIES, DISCLOSURE_METHODS, kindById, labelOf } from '../catalogue'
import { formatJapaneseDate } from '../calendar'
import {
  ALTERNATIVE_MEASURE_CLAUSE,
  GROUND_SETS,
  groundById,
  quoteGround,
  type Ground,
  type GroundSetId
} from '../grounds'
import { disclosesData, handsOverSomething, outcomeById } from '../outcomes'
import type { Decision, RequestRecord } from '../request'
import type { Settings } from '../settings'
import type { LetterItem } from './content'
import { USE_PURPOSES, quotePurpose } from './purposes'
import type { LetterTemplate } from './templates'
import { KIND_WORDING, asksForSomeoneElse, fill, linesOf, yen } from './wording'

const item = (heading: string, lines: readonly string[]): LetterItem => ({ heading, lines })

const LAW = '個人情報の保護に関する法律'

// How each set of grounds is introduced; the section name comes from grounds.ts.
const GROUNDS_WORDING: Readonly<Record<GroundSetId, { heading: string; intro: string }>> = {
  nonDisclosure: { heading: '開示しない理由となる事由', intro: `次の事由に該当します（${LAW}第33条第2項）。` },
  suspension: { heading: '該当する事由', intro: '次の事由に該当すると認めました。' },
  thirdPartyProvision: { heading: '第三者への提供を継続する根拠', intro: `次の場合に該当します（${LAW}第27条第1項）。` }
}

/** Not fully in the person's favour: the letter gives the reason and says where to complain (APPI 36条). */
export function isUnfavourable(d: Pick<Decision, 'outcome' | 'methodChangedToPaper'>): boolean {
  return !outcomeById(d.outcome).favourable || d.methodChangedToPaper
}

export function requestItem(r: RequestRecord): LetterItem {
  const w = KIND_WORDING[r.kind]
  const lines = [fill(w.subject, { person: r.person.name.trim() })]
  const categories = [...r.dataCategories.map((c) => labelOf(DATA_CATEGORIES, c)), r.dataOther.trim()].filter(
    (s) => s !== ''
  )
  if (categories.length > 0) lines.push(`対象となる情報：${categories.join('、')}`)
  if (asksForSomeoneElse(r) && r.kind !== 'bereaved') lines.push(`ご本人：${r.person.name.trim()} 様`)
  if (r.kind === 'correction' || r.kind === 'complaint' || r.kind === 'inquiry') {
    lines.push(...linesOf(r.details).map((l, i) => (i === 0 ? `内容：${l}` : l)))
  }
  return item(`${w.asked}の内容`, lines)
}

function groundsItem(d: Decision): LetterItem | null {
  const grounds = d.groundIds.map(groundById).filter((g): g is Ground => g !== undefined)
  const first = grounds[0]
  if (!first) return null
  const wording = GROUNDS_WORDING[first.set]
  const section = GROUND_SETS.find((s) => s.id === first.set)?.policySection ?? ''
  return item(wording.heading, [
    `当法人のプライバシーポリシー「${section}」に定める${wording.intro}`,
    ...grounds.map(quoteGround)
  ])
}

function disclosureItems(r: RequestRecord, d: Decision, dateStyle: Settings['dateStyle']): LetterItem[] {
  if (!disclosesData(d.outcome)) return []
  const verb = r.kind === 'bereaved' ? '提供' : '開示'
  const out: LetterItem[] = []
  if (d.methodChangedToPaper) {
    const asked = r.disclosureMethod === null ? '' : `（${labelOf(DISCLOSURE_METHODS, r.disclosureMethod)}）`
    out.push(
      item(`${verb}の方法`, [
        '書面の交付',
        `ご請求の方法${asked}による${verb}が困難なため、書面の交付により${verb}します（${LAW}第33条第3項）。`,
        ...linesOf(d.methodChangeReason).map((l, i) => (i === 0 ? `理由：${l}` : l))
      ])
    )
  } else if (r.disclosureMethod !== null) {
    out.push(item(`${verb}の方法`, [labelOf(DISCLOSURE_METHODS, r.disclosureMethod)]))
  }
  if (d.disclosureDate.trim() !== '')
    out.push(item(`${verb}の実施日`, [formatJapaneseDateSafe(d.disclosureDate, dateStyle)]))
  return out
}

/** A date staff typed; printed as typed if it isn't a valid date rather than failing the letter. */
function formatJapaneseDateSafe(date: string, style: Settings['dateStyle']): string {
  try {
    return formatJapaneseDate(date, style)
  } catch {
    return date
  }
}

export function decisionItems(
  template: LetterTemplate,
  r: RequestRecord,
  d: Decision,
  settings: Settings
): LetterItem[] {
  const w = KIND_WORDING[r.kind]
  const items: LetterItem[] = [requestItem(r)]
  const decisionText = template.decisionText[d.outcome]
  if (decisionText !== undefined) {
    const lines = [fill(decisionText, { object: w.object })]
    // APPI 35条2項・4項 ただし書: the policy's clause that allows a measure in place of stopping.
    if (d.outcome === 'alternative')
      lines.push(
        `当法人のプライバシーポリシー「個人情報の利用停止等」において、「${ALTERNATIVE_MEASURE_CLAUSE}」と定めております。`
      )
    items.push(item('決定', lines))
  }
  if (d.outcome === 'notify') items.push(item('利用目的', USE_PURPOSES.map(quotePurpose)))
  const actionHeading = template.actionHeading?.[d.outcome]
  if (actionHeading !== undefined && d.actionTaken.trim() !== '')
    items.push(item(actionHeading, linesOf(d.actionTaken)))
  if (outcomeById(d.outcome).needsWithheldParts === true && d.withheldParts.trim() !== '') {
    items.push(item(r.kind === 'bereaved' ? '提供しない部分' : '開示しない部分', linesOf(d.withheldParts)))
  }
  const grounds = groundsItem(d)
  if (grounds) items.push(grounds)
  // APPI 36条: 理由の説明.
  if (!outcomeById(d.outcome).favourable && d.reason.trim() !== '') items.push(item('理由', linesOf(d.reason)))
  items.push(...disclosureItems(r, d, settings.dateStyle))
  // APPI 38条: a fee only where the kind allows one and something is disclosed. A decision priced from the
  // published procedure prints its lines; older decisions print the fee set at intake.
  if (handsOverSomething(d.outcome) && kindById(r.kind).feeAllowed) {
    if (d.fee !== undefined && d.fee.total > 0)
      items.push(
        item('手数料', [...d.fee.lines.map((l) => `${l.label}\u3000${yen(l.amount)}`), `合計\u3000${yen(d.fee.total)}`])
      )
    else if (d.fee === undefined && r.fee !== null && r.fee > 0) items.push(item('手数料', [yen(r.fee)]))
  }
  if (isUnfavourable(d)) {
    const { windowName, phone } = settings.letterhead
    items.push(item('苦情の申出先', [`この決定についての苦情は、${windowName}（電話 ${phone}）で承ります。`]))
  }
  items.push(contactItem(settings))
  return items
}

export function contactItem(settings: Settings): LetterItem {
  return item('お問い合わせ窓口', [settings.letterhead.windowName, `電話 ${settings.letterhead.phone}`])
}
