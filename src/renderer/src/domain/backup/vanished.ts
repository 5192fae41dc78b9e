// Telling "the register vanished" from "first start" (SPEC.md "Where the data lives"): Chromium may recreate a
// damaged database empty, and staff must then be offered a restore, never the first-run screen.

export interface KnownRegister {
  clinicId: string
  counts: Record<string, number>
}

const holdsData = (counts: Record<string, number>): boolean =>
  (counts.staff ?? 0) > 0 || (counts.requests ?? 0) > 0 || (counts.audit ?? 0) > 0

export type RegisterOpening = 'ok' | 'vanished' | 'different'

/**
 * `anchor` is what the anchor file remembers (null when there is none); `backupsExist` says the backup folder
 * holds backups. An empty database where a register existed has vanished; a database of another clinic than
 * the anchor's is a different register.
 */
export function judgeOpening(
  anchor: KnownRegister | null,
  current: KnownRegister,
  backupsExist: boolean
): RegisterOpening {
  const empty = !holdsData(current.counts)
  if (!anchor) return empty && backupsExist ? 'vanished' : 'ok'
  if (!holdsData(anchor.counts)) return 'ok'
  if (empty) return 'vanished'
  return anchor.clinicId === current.clinicId ? 'ok' : 'different'
}
