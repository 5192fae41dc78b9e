// The one order every PC folds entries in (SPEC.md "Sharing the register between PCs"): each device's entries
// keep their chain order (deviceSeq), and the devices are interleaved by time, then by deviceId. A clock that
// went back on one PC can never reorder that PC's own entries, and every PC computes the same sequence.
import type { AuditEntry } from '../audit'

function before(a: AuditEntry, b: AuditEntry): boolean {
  if (a.at !== b.at) return a.at < b.at
  return a.deviceId < b.deviceId
}

/** A k-way merge of the per-device chains; the input may be in any order. */
export function convergentOrder(entries: readonly AuditEntry[]): AuditEntry[] {
  const chains = new Map<string, AuditEntry[]>()
  for (const e of entries) {
    const chain = chains.get(e.deviceId)
    if (chain) chain.push(e)
    else chains.set(e.deviceId, [e])
  }
  const heads = [...chains.values()].map((chain) => chain.sort((a, b) => a.deviceSeq - b.deviceSeq))
  const at = heads.map(() => 0)
  const out: AuditEntry[] = []
  for (;;) {
    let pick = -1
    for (let i = 0; i < heads.length; i++) {
      const candidate = heads[i]?.[at[i] ?? 0]
      if (!candidate) continue
      const best = pick < 0 ? undefined : heads[pick]?.[at[pick] ?? 0]
      if (!best || before(candidate, best)) pick = i
    }
    if (pick < 0) return out
    const chosen = heads[pick]?.[at[pick] ?? 0]
    if (chosen) out.push(chosen)
    at[pick] = (at[pick] ?? 0) + 1
  }
}
