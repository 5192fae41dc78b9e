// Which version of the published procedure applies, and what a disclosure costs under its fee table.
import type { FeeTable, ProcedureVersion } from '../records/procedure'
import type { DecisionFee, FeeBasis } from '../request'

/** The version in force on a date: the latest whose effective date is on or before it, or null before the first. */
export function procedureInForce<T extends Pick<ProcedureVersion, 'effectiveFrom'>>(
  versions: readonly T[],
  on: string
): T | null {
  let found: T | null = null
  for (const v of versions) {
    if (v.effectiveFrom <= on && (found === null || v.effectiveFrom > found.effectiveFrom)) found = v
  }
  return found
}

/** 第N版: versions numbered by effective date, oldest first. */
export function versionNumber(versions: readonly Pick<ProcedureVersion, 'id' | 'effectiveFrom'>[], id: string): number {
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
  return sorted.findIndex((v) => v.id === id) + 1
}

export type FeeInput = FeeBasis

export interface FeeLine {
  label: string
  amount: number
}

export interface FeeResult {
  lines: FeeLine[]
  total: number
}

/** APPI 38条: the fee item by item from the table; explanation time is charged per 30 minutes or part. */
export function computeFee(table: FeeTable, input: FeeInput): FeeResult {
  const halfHours = Math.ceil(Math.max(0, input.explanationMinutes) / 30)
  const lines: FeeLine[] = [
    { label: '手数料(1件)', amount: table.perRequest },
    { label: `写し 白黒 ${input.pagesBw}枚`, amount: table.perPageBw * input.pagesBw },
    { label: `写し カラー ${input.pagesColour}枚`, amount: table.perPageColour * input.pagesColour },
    { label: `記録媒体 ${input.discs}枚`, amount: table.perDisc * input.discs },
    { label: '郵送料', amount: input.mailed ? table.postage : 0 },
    { label: `医師による説明 ${halfHours * 30}分`, amount: table.explanationPer30Min * halfHours }
  ].filter((l, i) => i === 0 || l.amount > 0)
  return { lines, total: lines.reduce((s, l) => s + l.amount, 0) }
}

/** The fee a decision records: computed from the version in force on the 受付日, naming that version. */
export function decisionFee(
  version: Pick<ProcedureVersion, 'id' | 'effectiveFrom' | 'fees'>,
  basis: FeeBasis
): DecisionFee {
  const { lines, total } = computeFee(version.fees, basis)
  return { procedureId: version.id, effectiveFrom: version.effectiveFrom, lines, total }
}
