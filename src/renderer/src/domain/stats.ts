// Small statistics for the monthly log's figures.

/** The median; the mean of the two middle values for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? 0
  if (sorted.length % 2 === 1) return upper
  return ((sorted[mid - 1] ?? 0) + upper) / 2
}

/** How many items fall under each key, in the order of `keys`; keys not listed are appended as met. */
export function tally<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  keys: readonly string[] = []
): Map<string, number> {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]))
  for (const item of items) {
    const key = keyOf(item)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}
