// 生年月日 as staff type it: 和暦 (S30.5.10, 昭和30年5月10日, H1.1.8, R1.5.1, 令和元年) or 西暦 (1955-05-10,
// 1955/5/10, 1955年5月10日, 19550510). Pure: the answer is an ISO date or a Japanese message.
import { formatJapaneseDate, isValidIsoDate } from '../calendar'
import { toHalfWidth } from './normalize'

interface Era {
  readonly letter: string
  readonly name: string
  /** First day of the era (ISO). */
  readonly start: string
}

// The modern eras with the day each began, as Intl's Japanese calendar counts them.
export const ERAS: readonly Era[] = [
  { letter: 'M', name: '明治', start: '1868-10-23' },
  { letter: 'T', name: '大正', start: '1912-07-30' },
  { letter: 'S', name: '昭和', start: '1926-12-25' },
  { letter: 'H', name: '平成', start: '1989-01-08' },
  { letter: 'R', name: '令和', start: '2019-05-01' }
]

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string }

const pad = (n: number) => String(n).padStart(2, '0')

function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
  return isValidIsoDate(iso) ? iso : null
}

const NOT_UNDERSTOOD = '生年月日を読み取れません。S30.5.10、昭和30年5月10日、1955-05-10 のように入力してください'

function eraYearStart(era: Era): number {
  return Number(era.start.slice(0, 4))
}

function fromEra(eraKey: string, yearText: string, month: number, day: number): ParsedDate {
  const era = ERAS.find((e) => e.letter === eraKey.toUpperCase() || e.name === eraKey)
  if (!era) return { ok: false, message: NOT_UNDERSTOOD }
  const eraYear = yearText === '元' ? 1 : Number(yearText)
  const iso = isoOf(eraYearStart(era) + eraYear - 1, month, day)
  if (!iso || eraYear < 1)
    return { ok: false, message: `${era.name}${yearText}年${month}月${day}日という日付はありません` }
  const next = ERAS[ERAS.indexOf(era) + 1]
  if (iso < era.start || (next && iso >= next.start))
    return { ok: false, message: `${era.name}${yearText}年${month}月${day}日は${era.name}の期間にありません` }
  return { ok: true, iso }
}

/** Reads a typed date; '' stays unparsed (the caller decides whether it is required). */
export function parseTypedDate(input: string): ParsedDate {
  const s = toHalfWidth(input).replace(/\s+/g, '')
  const era =
    /^([MTSHRmtshr]|明治|大正|昭和|平成|令和)(元|\d{1,2})(?:[.\-/年])(\d{1,2})(?:[.\-/月])(\d{1,2})日?$/u.exec(s)
  if (era) return fromEra(era[1] ?? '', era[2] ?? '', Number(era[3]), Number(era[4]))
  const western = /^(\d{4})(?:[.\-/年])(\d{1,2})(?:[.\-/月])(\d{1,2})日?$/u.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (western) {
    const iso = isoOf(Number(western[1]), Number(western[2]), Number(western[3]))
    return iso ? { ok: true, iso } : { ok: false, message: `${s}という日付はありません` }
  }
  return { ok: false, message: NOT_UNDERSTOOD }
}

/** What the form shows it understood: 昭和30年5月10日(1955-05-10). */
export function describeDate(iso: string): string {
  return isValidIsoDate(iso) ? `${formatJapaneseDate(iso, 'wareki')}(${iso})` : iso
}
