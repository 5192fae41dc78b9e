// The column mapping a manager chose last time, by heading, kept on this PC so the next ledger file of the same
// shape maps itself. Only headings are stored, never data.
const KEY = 'kaiji.ledgerImport.mapping'

export function loadRememberedMapping(): Partial<Record<string, string>> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    if (typeof raw !== 'object' || raw === null) return {}
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'))
  } catch {
    return {}
  }
}

export function rememberMapping(byHeading: Record<string, string>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(byHeading))
  } catch {
    // Storage full or disabled: the mapping is simply guessed again next time.
  }
}
