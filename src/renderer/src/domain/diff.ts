// "What changed" for the audit trail: the leaf fields whose values differ between two versions.
export interface FieldChange {
  path: string
  before: unknown
  after: unknown
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function diffFields(before: unknown, after: unknown, ignore: readonly string[] = [], path = ''): FieldChange[] {
  if (ignore.includes(path)) return []
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    return keys.flatMap((k) => diffFields(before[k], after[k], ignore, path === '' ? k : `${path}.${k}`))
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ path, before: before ?? null, after: after ?? null }]
}

/** Bookkeeping fields that change on every write and say nothing to a reader. */
export const BOOKKEEPING_FIELDS = ['updatedAt', 'updatedBy', 'searchKeys'] as const
