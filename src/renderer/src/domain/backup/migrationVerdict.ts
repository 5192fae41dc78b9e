// Whether a register copied from version 0.1.0 may be kept as the register: it opened with this version's code,
// holds what a register holds (at least the first manager) and its audit trail verifies. Only then is the old folder
// renamed; otherwise it stays where 0.1.0 had it and IT is told.

export interface CopiedRegisterFacts {
  counts: Readonly<Record<string, number>>
  /** The audit check's problems, in Japanese (verifyRegister). */
  problems: readonly string[]
}

export interface MigrationVerdict {
  verified: boolean
  /** What was found, for IT's log: the counts, or the first problems. */
  detail: string
}

export function judgeMigratedRegister(facts: CopiedRegisterFacts): MigrationVerdict {
  const counts = Object.entries(facts.counts)
    .map(([table, n]) => `${table} ${String(n)}`)
    .join(', ')
  if ((facts.counts.staff ?? 0) === 0)
    return { verified: false, detail: `移したデータに受付簿の記録がありません(${counts})` }
  if (facts.problems.length > 0)
    return {
      verified: false,
      detail: `監査記録の検証で問題が見つかりました: ${facts.problems.slice(0, 5).join(' / ')}(${counts})`
    }
  return { verified: true, detail: counts }
}
