// The pure letter builder: template + request + settings → the letter's content, frozen. The same content is
// previewed, printed, saved as PDF and stored, so a reprint reproduces exactly what was issued.
import { formatJapaneseDate } from '../calendar'
import type { LetterTemplateId } from '../outcomes'
import type { RequestRecord } from '../request'
import type { Settings } from '../settings'
import { fullWidthBracketsDeep } from './brackets'
import { deepFreeze, type LetterContent, type LetterItem } from './content'
import { decisionItems } from './decisionItems'
import { identityItems, identityPurpose } from './identityItems'
import { letterTemplateById, letterTitle } from './templates'
import { KIND_WORDING, addresseeOf, agentPhrase, asksForSomeoneElse, fill } from './wording'

export interface LetterNumbering {
  documentNo: string
  /** YYYY-MM-DD, the date printed on the letter. */
  issuedOn: string
}

/** A long address breaks before the building name (its last space), as a letterhead prints it. */
function addressLines(address: string): string[] {
  const a = address.trim()
  const cut = Math.max(a.lastIndexOf(' '), a.lastIndexOf('\u3000'))
  return a.length > 20 && cut > 0 ? [a.slice(0, cut), a.slice(cut + 1)] : [a]
}

/** 法人名, 医療機関名, 〒 and 所在地, 代表者: the sender block, one line each. */
export function senderLines(settings: Settings): string[] {
  const h = settings.letterhead
  return [
    h.corporationName,
    h.clinicName,
    h.postalCode.trim() === '' ? '' : `〒${h.postalCode.trim()}`,
    ...addressLines(h.address),
    `代表者 ${h.representative}`
  ]
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

/**
 * 〒 and address of whoever the letter goes to (the requester; for an agent or the bereaved, their own), printed
 * in the window of a 長形3号 envelope above the 宛名.
 */
export function recipientLines(r: RequestRecord): string[] {
  const to = asksForSomeoneElse(r) ? r.requester : r.person
  return [to.postalCode.trim() === '' ? '' : `〒${to.postalCode.trim()}`, ...addressLines(to.address)].filter(
    (l) => l.trim() !== ''
  )
}

export function buildLetter(
  templateId: LetterTemplateId,
  request: RequestRecord,
  settings: Settings,
  numbering: LetterNumbering
): LetterContent {
  const template = letterTemplateById(templateId)
  const decision = template.basis === 'decision' ? request.decision : null
  if (template.basis === 'decision' && !decision) {
    throw new Error(`letter ${templateId} needs a decision on request ${request.receiptNo}`)
  }
  const wording = KIND_WORDING[request.kind]
  const lead = fill(template.lead, {
    date: formatJapaneseDate(request.receivedOn, settings.dateStyle),
    agent: agentPhrase(request),
    confirm: identityPurpose(request),
    asked: wording.asked,
    subject: fill(wording.subject, { person: request.person.name.trim() })
  })
  const items: LetterItem[] = decision
    ? decisionItems(template, request, decision, settings)
    : identityItems(request, settings)
  // Brackets in Japanese text print full-width, whichever width the catalogue or staff typed.
  const content: LetterContent = fullWidthBracketsDeep({
    templateId,
    documentNo: numbering.documentNo,
    dateText: formatJapaneseDate(numbering.issuedOn, settings.dateStyle),
    recipient: recipientLines(request),
    addressee: addresseeOf(request),
    sender: senderLines(settings),
    title: letterTitle(template, decision?.outcome),
    body: [lead],
    items
  })
  return deepFreeze(content)
}
