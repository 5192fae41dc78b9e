// Japanese typesetting: parentheses in Japanese text are full-width （…）, as formal letters print them. ASCII
// parentheses stay only where nothing Japanese is inside or beside them (an e-mail address, '(03)' in a number).
const JAPANESE = /[\u3000-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF01-\uFF60]/u

/** Turns each ASCII '(…)' that is in or beside Japanese text into '（…）'; nested pairs are handled inside out. */
export function fullWidthBrackets(text: string): string {
  let out = text
  let previous = ''
  while (previous !== out) {
    previous = out
    out = out.replace(/\(([^()]*)\)/gu, (whole, inner: string, at: number, s: string) => {
      const around = `${s.charAt(at - 1)}${inner}${s.charAt(at + whole.length)}`
      return JAPANESE.test(around) ? `（${inner}）` : whole
    })
  }
  return out
}

/** The same normalisation over every string in a value (arrays and plain objects), for a letter's content. */
export function fullWidthBracketsDeep<T>(value: T): T {
  if (typeof value === 'string') return fullWidthBrackets(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => fullWidthBracketsDeep(v)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'templateId' ? v : fullWidthBracketsDeep(v)])
    ) as T
  }
  return value
}
