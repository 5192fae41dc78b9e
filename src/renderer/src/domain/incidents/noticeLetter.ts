// The notice to a person affected by a leak (APPI 26条2項, 規則10条): the report items 1, 2, 4, 5 and 9 in a
// letter on the clinic's letterhead. A template: the manager prints it per person from the incident's page.
import { formatJapaneseDate } from '../calendar'
import type { LetterContent } from '../letters/content'
import { senderLines } from '../letters/buildLetter'
import type { IncidentRecord } from '../records/incident'
import type { Settings } from '../settings'
import { REPORT_ITEMS } from './catalogue'

export type PlainLetter = Omit<LetterContent, 'templateId'>

const NOT_YET = '(調査中です。判明しましたら改めてお知らせします。)'

export function incidentNoticeLetter(
  incident: IncidentRecord,
  addresseeName: string,
  issuedOn: string,
  settings: Settings
): PlainLetter {
  const name = addresseeName.trim()
  const items = REPORT_ITEMS.filter((i) => i.notice).map((i) => {
    const text = incident.report[i.id].trim()
    return { heading: i.label, lines: (text === '' ? NOT_YET : text).split('\n') }
  })
  const h = settings.letterhead
  items.push({ heading: 'お問い合わせ窓口', lines: [h.windowName, `電話 ${h.phone}`] })
  return {
    documentNo: '',
    dateText: formatJapaneseDate(issuedOn, settings.dateStyle),
    addressee: `${name === '' ? '　　　　　　' : name} 様`,
    sender: senderLines(settings),
    title: '個人情報の漏えい等に関するお知らせとお詫び',
    body: [
      '平素より当院をご利用いただき、誠にありがとうございます。',
      'このたび、当院が取り扱うあなたの個人情報について漏えい等の事態が発生いたしました。ご迷惑とご心配をおかけしますことを深くお詫び申し上げます。個人情報の保護に関する法律第26条第2項に基づき、下記のとおりお知らせいたします。'
    ],
    items
  }
}
