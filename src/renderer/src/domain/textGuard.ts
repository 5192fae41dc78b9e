// The one guard for every string staff type that the register stores (intake, identity, investigation, decision,
// holds, approval comments, settings, staff names, letterhead, e-mail): invisible characters are removed so the
// name shown is the name stored, and what looks like a 個人番号 or an insurance 記号・番号 is refused
// (番号法 20条, 健康保険法 194条の2; see sensitiveNumbers.ts).
import { findForbiddenNumber } from './sensitiveNumbers'

// C0 and C1 controls (line breaks and tabs are handled apart), soft hyphen, zero-width characters, the
// bidirectional embeddings, overrides (U+202E) and isolates, word joiners, and the byte-order mark.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- these characters are exactly what this guard removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g

/** The text with invisible and control characters removed and line breaks made \n. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '')
}

export type Guarded<T> = { ok: true; value: T } | { ok: false; message: string }

/** One string: cleaned, then refused if it holds a forbidden number. */
export function guardText(text: string): Guarded<string> {
  const value = cleanText(text)
  const found = findForbiddenNumber(value)
  return found ? { ok: false, message: found.message } : { ok: true, value }
}

/**
 * Every string inside a value staff typed (objects and arrays walked to any depth), guarded as one; numbers,
 * booleans and null pass unchanged. The first refusal is returned with its message.
 */
export function guardStrings<T>(value: T): Guarded<T> {
  if (typeof value === 'string') return guardText(value) as Guarded<T>
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (const item of value) {
      const g = guardStrings<unknown>(item)
      if (!g.ok) return g
      out.push(g.value)
    }
    return { ok: true, value: out as T }
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const g = guardStrings<unknown>(item)
      if (!g.ok) return g
      out[key] = g.value
    }
    return { ok: true, value: out as T }
  }
  return { ok: true, value }
}
