// Search keys for people's names, so that staff find 山田 太郎 whether they type やまだ, ﾔﾏﾀﾞ, ヤマダ タロウ (full-width space) or 太郎.
import { toKatakana } from 'wanakana'

// wanakana leaves the hiragana iteration marks alone; map them like the rest of the syllabary.
const ITERATION_MARKS: Record<string, string> = { ゝ: 'ヽ', ゞ: 'ヾ' }

/** NFKC (ｶﾀｶﾅ → カタカナ, Ｔａｒｏ → Taro) then hiragana → katakana; latin letters stay latin. */
function foldKana(input: string): string {
  const katakana = toKatakana(input.normalize('NFKC'), { passRomaji: true })
  return katakana.replace(/[ゝゞ]/g, (c) => ITERATION_MARKS[c] ?? c)
}

/** One comparable key: kana folded to katakana, no spaces or ・, latin lowercased. */
export function toSearchKey(input: string): string {
  return foldKana(input)
    .replace(/[\s・]/gu, '')
    .toLowerCase()
}

/**
 * The distinct keys under which a person can be found by prefix: the whole name and reading, each of their
 * space-separated parts (so the given name alone finds them), and any extra strings such as the 受付番号.
 */
export function searchKeysFor(fields: { name: string; nameKana: string; extra?: string[] }): string[] {
  const keys = new Set<string>()
  for (const text of [fields.nameKana, fields.name]) {
    keys.add(toSearchKey(text))
    for (const part of text.normalize('NFKC').split(/[\s・]+/u)) keys.add(toSearchKey(part))
  }
  for (const text of fields.extra ?? []) keys.add(toSearchKey(text))
  keys.delete('')
  return [...keys]
}

/**
 * Whether a フリガナ is a katakana reading (hiragana accepted, it is folded): katakana, ー, ・ between
 * foreign names, and spaces (a full-width space is a space after NFKC). At least one kana is required.
 */
export function isKatakanaReading(s: string): boolean {
  const folded = foldKana(s)
  return /^[\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE ]+$/u.test(folded) && /[\u30A1-\u30FA]/u.test(folded)
}
