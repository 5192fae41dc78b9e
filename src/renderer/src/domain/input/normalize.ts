// What staff type with a Japanese IME, turned into the one stored form: 全角 digits and the dash an IME
// gives (ー－‐…) become half-width, 〒 is 123-4567, フリガナ is katakana. Pure: no clock, no UI.
import { toKatakana } from 'wanakana'

// Every dash-like character an IME or a copy from a web page can put between digits.
const DASHES = /[-‐‑‒–—―−ーｰ－﹣]/gu

/** NFKC (全角 → 半角 for digits, latin letters and spaces), dashes folded to '-', trimmed. */
export function toHalfWidth(input: string): string {
  return input.normalize('NFKC').replace(DASHES, '-').trim()
}

/** 〒: seven digits are stored as 123-4567; anything else is returned half-width for the validator to refuse. */
export function normalizePostalCode(input: string): string {
  const s = toHalfWidth(input).replace(/^〒\s*/u, '')
  const digits = s.replace(/[-\s]/g, '')
  return /^\d{7}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3)}` : s
}

export function isPostalCode(s: string): boolean {
  return /^\d{3}-\d{4}$/.test(s)
}

/** A phone number half-width, with its own hyphens and brackets kept; spaces become hyphens. */
export function normalizePhone(input: string): string {
  return toHalfWidth(input).replace(/[（]/gu, '(').replace(/[）]/gu, ')').replace(/\s+/g, '-')
}

/**
 * How many digits a Japanese number has, by its prefix: mobile, IP (050), M2M (020) and 0800 numbers
 * have 11; fixed lines, 0120 and navi-dial (0570) have 10.
 */
export function expectedPhoneDigits(digits: string): number {
  if (/^0(?:[5-9]0|20)/.test(digits) && !/^0570/.test(digits)) return 11
  if (/^0800/.test(digits)) return 11
  return 10
}

export function isPhoneNumber(s: string): boolean {
  if (!/^\+?[0-9()-]+$/.test(s)) return false
  // +81 (Japan's country code) stands for the leading 0.
  const typed = s.replace(/\D/g, '')
  const digits = s.startsWith('+81') ? `0${typed.slice(2).replace(/^0/, '')}` : typed
  return /^0[1-9]/.test(digits) && digits.length === expectedPhoneDigits(digits)
}

/** 診察券番号: half-width letters, digits and hyphens. */
export function normalizePatientNo(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '')
}

/** A fee as typed (１，０００円, 1000, 空欄) to a number, null when empty, NaN when it is not a number. */
export function parseFee(input: unknown): number | null {
  if (input === null || input === undefined) return null
  if (typeof input === 'number') return input
  if (typeof input !== 'string') return Number.NaN
  const s = toHalfWidth(input).replace(/[,\s円]/gu, '')
  if (s === '') return null
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN
}

// wanakana leaves the hiragana iteration marks alone; map them like the rest of the syllabary.
const ITERATION_MARKS: Record<string, string> = { ゝ: 'ヽ', ゞ: 'ヾ' }

/** フリガナ in katakana whatever kana was typed (ひらがな, ｶﾀｶﾅ); one half-width space between words. */
export function normalizeKana(input: string): string {
  return toKatakana(input.normalize('NFKC'), { passRomaji: true })
    .replace(/[ゝゞ]/g, (c) => ITERATION_MARKS[c] ?? c)
    .replace(/\s+/gu, ' ')
    .trim()
}
