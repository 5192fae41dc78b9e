// The letter templates as data (SPEC.md "Letters (通知書)"): one row per LetterTemplateId with its title and the
// sentence that states each outcome. The builder assembles the letter from these and the request.
import type { LetterTemplateId, OutcomeId } from '../outcomes'

// 行政風 for decisions under APPI; courtesy wording for the clinic's own letters.
const DECIDED = '{date}付けで{agent}{asked}のありました{subject}について、下記のとおり決定しましたので通知します。'
const NOTIFIED = '{date}付けで{agent}{asked}のありました{subject}について、下記のとおり通知します。'

export interface LetterTemplate {
  readonly id: LetterTemplateId
  /** The 件名, and the template's name on screen. */
  readonly title: string
  /** Where an outcome has a title of its own (一部開示 / 不開示). */
  readonly titleByOutcome?: Readonly<Partial<Record<OutcomeId, string>>>
  /** 'decision' letters need a manager-approved decision; 'identity' is sent while identity is pending. */
  readonly basis: 'decision' | 'identity'
  /** The opening sentence; {date} {agent} {asked} {subject} are filled from the request (see wording.ts). */
  readonly lead: string
  /** The 決定 item's sentence for each outcome; {object} is what was asked about. */
  readonly decisionText: Readonly<Partial<Record<OutcomeId, string>>>
  /** Heading for the decision's actionTaken (what was changed, done instead, answered). */
  readonly actionHeading?: Readonly<Partial<Record<OutcomeId, string>>>
}

export const LETTER_TEMPLATES: readonly LetterTemplate[] = [
  {
    id: 'purposeNotice',
    title: '利用目的通知書',
    basis: 'decision',
    lead: NOTIFIED,
    decisionText: {
      notify: '求めのあった保有個人データの利用目的は、下記「利用目的」のとおりです。',
      notNotify: '保有個人データの利用目的を通知しないことと決定しました。'
    }
  },
  {
    id: 'disclosureDecision',
    title: '開示決定通知書',
    basis: 'decision',
    lead: DECIDED,
    decisionText: { fullDisclosure: '請求のあった{object}の全部を開示します。' }
  },
  {
    id: 'partialOrNonDisclosure',
    title: '一部開示・不開示決定通知書',
    basis: 'decision',
    lead: DECIDED,
    titleByOutcome: { partialDisclosure: '一部開示決定通知書', nonDisclosure: '不開示決定通知書' },
    decisionText: {
      partialDisclosure: '請求のあった{object}のうち、下記の「開示しない部分」を除いて開示します。',
      nonDisclosure: '請求のあった{object}の全部を開示しないことと決定しました。'
    }
  },
  {
    id: 'noDataNotice',
    title: '保有個人データ不存在通知書',
    basis: 'decision',
    lead: NOTIFIED,
    decisionText: { noData: '請求のあった{object}は、当法人では保有しておりません。' }
  },
  {
    id: 'correctionDecision',
    title: '訂正等決定通知書',
    basis: 'decision',
    lead: DECIDED,
    decisionText: {
      done: '請求に基づき、保有個人データの訂正等を行いました。',
      notDone: '保有個人データの訂正等を行わないことと決定しました。'
    },
    actionHeading: { done: '訂正等の内容' }
  },
  {
    id: 'suspensionDecision',
    title: '利用停止等決定通知書',
    basis: 'decision',
    lead: DECIDED,
    decisionText: {
      done: '請求に基づき、保有個人データの利用停止等を行いました。',
      alternative: '保有個人データの利用停止等に代わる措置を講じることと決定しました。',
      notDone: '保有個人データの利用停止等を行わないことと決定しました。'
    },
    actionHeading: { done: '実施した措置', alternative: '代替措置の内容' }
  },
  {
    id: 'thirdPartyStopDecision',
    title: '第三者提供停止決定通知書',
    basis: 'decision',
    lead: DECIDED,
    decisionText: {
      done: '請求に基づき、保有個人データの第三者への提供を停止しました。',
      alternative: '保有個人データの第三者への提供の停止に代わる措置を講じることと決定しました。',
      notDone: '保有個人データの第三者への提供を停止しないことと決定しました。'
    },
    actionHeading: { done: '実施した措置', alternative: '代替措置の内容' }
  },
  {
    id: 'optOutNotice',
    title: '配信停止のお知らせ',
    basis: 'decision',
    lead: '{date}に{agent}お申出のありました{subject}について、下記のとおりお知らせいたします。',
    decisionText: {
      done: 'お申出のとおり、広告・DM等の配信を停止いたしました。',
      notDone: '広告・DM等の配信の停止は行わないことといたしました。'
    },
    actionHeading: { done: '停止した配信' }
  },
  {
    id: 'bereavedDecision',
    title: '診療情報の提供について',
    basis: 'decision',
    lead: '{date}付けでお申出のありました{subject}について、下記のとおり決定いたしましたのでお知らせいたします。',
    decisionText: {
      provided: 'お申出のあった診療情報を提供いたします。',
      partiallyProvided: 'お申出のあった診療情報のうち、下記の「提供しない部分」を除いて提供いたします。',
      notProvided: 'お申出のあった診療情報は、提供しないことといたしました。'
    }
  },
  {
    id: 'complaintAnswer',
    title: '苦情・相談への回答書',
    basis: 'decision',
    lead: '{date}に{agent}お申出のありました{subject}について、下記のとおり回答いたします。',
    decisionText: {},
    actionHeading: { answered: '回答' }
  },
  {
    id: 'identityDocsRequest',
    title: '本人確認書類ご提出のお願い',
    basis: 'identity',
    lead: '{date}付けで{agent}{asked}のありました{subject}について、{confirm}を確認させていただくため、下記の書類のご提出をお願いいたします。',
    decisionText: {}
  }
]

export function letterTemplateById(id: LetterTemplateId): LetterTemplate {
  const found = LETTER_TEMPLATES.find((t) => t.id === id)
  if (!found) throw new Error(`unknown letter template ${id}`)
  return found
}

export function isLetterTemplateId(s: string): s is LetterTemplateId {
  return LETTER_TEMPLATES.some((t) => t.id === s)
}

/** The title printed for this outcome. */
export function letterTitle(template: LetterTemplate, outcome: OutcomeId | undefined): string {
  return (outcome && template.titleByOutcome?.[outcome]) ?? template.title
}
