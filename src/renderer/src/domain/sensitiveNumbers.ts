// Free text must never hold a 個人番号 or a health-insurance 記号・番号: the register records which document was
// seen, never its number (SPEC 本人確認). 番号法 20条 forbids collecting or keeping a 個人番号, and
// 健康保険法 194条の2 forbids asking for a 被保険者等記号・番号 outside insurance work.

export type ForbiddenNumber = { kind: 'myNumber' | 'insurance'; message: string }

export const MY_NUMBER_MESSAGE = '個人番号(マイナンバー)と思われる12桁の数字は記録できません。番号を削除してください。'
export const INSURANCE_MESSAGE = '保険証の記号・番号は記録できません。書類の種類のみを記録してください。'

// What people type between digit groups: spaces and line breaks, ASCII and typographic hyphens, ー from a
// Japanese IME, and the dots and slashes some write numbers with (・ . /).
const SEP = String.raw`(?:\s*[-‐‑‒–—―−ーｰ・･.\/]\s*|\s+)`
// A maximal run of digits joined by single separators, whatever is glued around it: No123456789012 and an
// e-mail's local part (taro123456789012@…) hold a number as much as a bare one does. A leading + is a phone
// number's country code (+81 90-1234-5678), not part of a 個人番号.
const DIGIT_RUN = new RegExp(String.raw`(?<![\d+])\d+(?:${SEP}\d+)*(?!\d)`, 'g')

// 被保険者番号 / 保険者番号 / 記号 followed within a few characters by a digit.
const INSURER_NUMBER = /保険者番号[^\d\n]{0,4}\d/
const KIGOU = /記号[^\d\n]{0,4}\d/
// 番号 followed by a digit counts only when the text is about insurance, and not for numbers the clinic
// itself gives out or that are allowed (受付番号, 診察券番号, 電話番号, …).
const MENTIONS_INSURANCE = /保険/
const BANGOU = /(?<!受付|診察券|電話|携帯|郵便|文書|患者|会員|予約|整理)番号[^\d\n]{0,4}\d/

function hasMyNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    // Exactly 12 digits: 13 or more is some other number (a 法人番号 is 13).
    if (match[0].replace(/\D/g, '').length === 12) return true
  }
  return false
}

function hasInsuranceNumber(text: string): boolean {
  if (INSURER_NUMBER.test(text) || KIGOU.test(text)) return true
  return MENTIONS_INSURANCE.test(text) && BANGOU.test(text)
}

/** The first forbidden number found in free text, with a message that tells staff what to do, or null. */
export function findForbiddenNumber(text: string): ForbiddenNumber | null {
  const normalized = text.normalize('NFKC')
  if (hasMyNumber(normalized)) return { kind: 'myNumber', message: MY_NUMBER_MESSAGE }
  if (hasInsuranceNumber(normalized)) return { kind: 'insurance', message: INSURANCE_MESSAGE }
  return null
}
