// Decision outcomes. Each kind in the catalogue offers a subset of these.
import type { GroundSetId } from './grounds'

export type OutcomeId =
  | 'notify'
  | 'notNotify'
  | 'fullDisclosure'
  | 'partialDisclosure'
  | 'nonDisclosure'
  | 'noData'
  | 'done'
  | 'alternative'
  | 'notDone'
  | 'provided'
  | 'partiallyProvided'
  | 'notProvided'
  | 'answered'

export type LetterTemplateId =
  | 'purposeNotice'
  | 'disclosureDecision'
  | 'partialOrNonDisclosure'
  | 'noDataNotice'
  | 'correctionDecision'
  | 'suspensionDecision'
  | 'thirdPartyStopDecision'
  | 'optOutNotice'
  | 'bereavedDecision'
  | 'complaintAnswer'
  | 'identityDocsRequest'

export interface Outcome {
  readonly id: OutcomeId
  readonly label: string
  /** Fully in the person's favour: no written reason is required (APPI 36条 otherwise). */
  readonly favourable: boolean
  /** Grounds staff must choose from (at least one) when this outcome is picked. */
  readonly groundSet?: GroundSetId
  /** Partial outcomes name which parts are withheld or refused. */
  readonly needsWithheldParts?: boolean
  /** 実施 of a correction names what was changed; 代替措置 names what was done instead. */
  readonly needsActionTaken?: boolean
  /**
   * What the person is given: their data, disclosed or provided (the way and the date are recorded and printed),
   * or the purposes of use (通知). A fee may be charged for either where the kind allows one (APPI 38条).
   */
  readonly handsOver?: 'data' | 'purposes'
}

export const OUTCOMES: readonly Outcome[] = [
  { id: 'notify', label: '通知する', favourable: true, handsOver: 'purposes' },
  { id: 'notNotify', label: '通知しない', favourable: false },
  { id: 'fullDisclosure', label: '全部開示', favourable: true, handsOver: 'data' },
  {
    id: 'partialDisclosure',
    label: '一部開示',
    favourable: false,
    groundSet: 'nonDisclosure',
    needsWithheldParts: true,
    handsOver: 'data'
  },
  { id: 'nonDisclosure', label: '不開示', favourable: false, groundSet: 'nonDisclosure' },
  { id: 'noData', label: '該当データなし', favourable: false },
  { id: 'done', label: '実施', favourable: true, needsActionTaken: true },
  { id: 'alternative', label: '代替措置', favourable: false, needsActionTaken: true },
  { id: 'notDone', label: '実施しない', favourable: false },
  { id: 'provided', label: '提供', favourable: true, handsOver: 'data' },
  {
    id: 'partiallyProvided',
    label: '一部提供',
    favourable: false,
    needsWithheldParts: true,
    handsOver: 'data'
  },
  { id: 'notProvided', label: '提供しない', favourable: false },
  { id: 'answered', label: '回答済', favourable: true, needsActionTaken: true }
]

export function outcomeById(id: OutcomeId): Outcome {
  const found = OUTCOMES.find((o) => o.id === id)
  if (!found) throw new Error(`unknown outcome ${id}`)
  return found
}

/** Data is disclosed or provided: the way and the date of disclosure apply. */
export function disclosesData(id: OutcomeId): boolean {
  return outcomeById(id).handsOver === 'data'
}

/** Something is handed over (data or the purposes of use), so the fee applies where the kind allows one. */
export function handsOverSomething(id: OutcomeId): boolean {
  return outcomeById(id).handsOver !== undefined
}
