// Unsaved form input kept in memory (never stored) while the app is locked, for the staff member who was
// working. Forms register a snapshot function while mounted; locking takes the snapshots before the screens
// with personal data are removed. Another staff member unlocking discards them all.
type Snapshot = () => unknown

const mounted = new Map<string, Snapshot>()
const kept = new Map<string, unknown>()
let keptFor: string | null = null

/** A mounted form offers its current values under `key`; the returned function withdraws the offer. */
export function offerDraft(key: string, snapshot: Snapshot): () => void {
  mounted.set(key, snapshot)
  return () => {
    if (mounted.get(key) === snapshot) mounted.delete(key)
  }
}

/** On lock: keep what every mounted form holds, for the staff member who was working. */
export function keepDrafts(staffId: string): void {
  if (keptFor !== staffId) kept.clear()
  keptFor = staffId
  for (const [key, snapshot] of mounted) kept.set(key, snapshot())
}

/** A form mounting again takes back what was kept for it, once, and only for the same staff member. */
export function takeDraft(staffId: string, key: string): unknown {
  if (keptFor !== staffId || !kept.has(key)) return undefined
  const value = kept.get(key)
  kept.delete(key)
  return value
}

/** Another staff member unlocked: the first one's unsaved input is gone. */
export function discardDrafts(): void {
  kept.clear()
  keptFor = null
}
