// Which backups to keep (like Actual Budget's): every backup of the last hours up to a cap, then the newest
// of each day for some days, then the newest of each month for some months. Pure: time comes in as an argument.

export interface RotationPolicy {
  recentHours: number
  recentCap: number
  dailyDays: number
  monthlyMonths: number
  /** Minutes east of UTC for what counts as one day (Japan: 540). */
  utcOffsetMinutes: number
}

export const DEFAULT_ROTATION: RotationPolicy = {
  recentHours: 24,
  recentCap: 48,
  dailyDays: 30,
  monthlyMonths: 12,
  utcOffsetMinutes: 540
}

export interface Dated {
  name: string
  createdAt: Date
}

const HOUR = 3_600_000

function localParts(d: Date, offsetMinutes: number): { day: string; monthIndex: number } {
  const local = new Date(d.getTime() + offsetMinutes * 60_000)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  return { day: `${y}-${m}-${local.getUTCDate()}`, monthIndex: y * 12 + m }
}

/** The names to keep; every other backup may be deleted. The newest backup is always kept. */
export function backupsToKeep(
  files: readonly Dated[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION
): Set<string> {
  const newestFirst = [...files].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const keep = new Set<string>()
  const first = newestFirst[0]
  if (first) keep.add(first.name)
  const nowMonth = localParts(now, policy.utcOffsetMinutes).monthIndex
  const seenDays = new Set<string>()
  const seenMonths = new Set<number>()
  let recent = 0
  for (const f of newestFirst) {
    const age = now.getTime() - f.createdAt.getTime()
    const { day, monthIndex } = localParts(f.createdAt, policy.utcOffsetMinutes)
    if (age < policy.recentHours * HOUR && recent < policy.recentCap) {
      keep.add(f.name)
      recent += 1
    }
    if (age < policy.dailyDays * 24 * HOUR && !seenDays.has(day)) keep.add(f.name)
    if (nowMonth - monthIndex < policy.monthlyMonths && !seenMonths.has(monthIndex)) keep.add(f.name)
    seenDays.add(day)
    seenMonths.add(monthIndex)
  }
  return keep
}
