// 受付番号 YYYY-NNNN: sequential per calendar year in Japan time, never reused.
export function formatReceiptNo(year: number, seq: number): string {
  if (seq > 9999) return `${year}-${seq}`
  return `${year}-${String(seq).padStart(4, '0')}`
}

export function numberingRowId(clinicId: string, year: number): string {
  return `${clinicId}:${year}`
}

export function parseReceiptNo(s: string): { year: number; seq: number } | null {
  const m = /^(\d{4})-(\d{4,})$/.exec(s.trim())
  if (!m?.[1] || !m[2]) return null
  return { year: Number(m[1]), seq: Number(m[2]) }
}

/** '山田 太郎' → '山田 ○○' for a screen that faces the counter. */
export function maskName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '') return ''
  const parts = trimmed.split(/[\s\u3000]+/u)
  const family = parts.length > 1 ? (parts[0] ?? '') : Array.from(trimmed).slice(0, 1).join('')
  return `${family} ○○`
}
