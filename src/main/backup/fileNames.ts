// Backup file names carry their creation time (UTC), so the folder sorts by age and rotation needs no reading.
const PATTERN = /^kaiji-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?\.json\.gz$/

export function backupFileNameFor(at: Date, suffix = 0): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
  return `kaiji-backup-${stamp}${suffix > 0 ? `-${String(suffix)}` : ''}.json.gz`
}

/** When a backup file was written, or null for a name this app did not write. */
export function backupTimeOf(name: string): Date | null {
  const m = PATTERN.exec(name)
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m
  return new Date(`${y ?? ''}-${mo ?? ''}-${d ?? ''}T${h ?? ''}:${mi ?? ''}:${s ?? ''}Z`)
}
