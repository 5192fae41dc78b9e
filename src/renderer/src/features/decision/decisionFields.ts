// Which parts of the decision form apply to a kind and outcome, and the draft that keeps only those parts.
import { kindById } from '../../domain/catalogue'
import { decisionGroundSet, type DecisionDraft } from '../../domain/decisionRules'
import { groundById, type GroundSetId } from '../../domain/grounds'
import { disclosesData, outcomeById, type OutcomeId } from '../../domain/outcomes'
import type { RequestRecord } from '../../domain/request'

export interface DecisionFields {
  grounds: { set: GroundSetId; required: boolean } | null
  reason: boolean
  withheldParts: boolean
  actionTaken: string | null
  /** Data is handed over: the disclosure date, and a change to paper when another way was asked for. */
  disclosure: boolean
  methodChange: boolean
}

const ACTION_LABEL: Partial<Record<OutcomeId, string>> = {
  done: '実施した内容',
  alternative: '代わりに講じた措置と、利用停止等が困難な理由',
  answered: '回答の内容'
}

export function decisionFields(record: RequestRecord, outcomeId: OutcomeId | null): DecisionFields {
  if (outcomeId === null)
    return {
      grounds: null,
      reason: false,
      withheldParts: false,
      actionTaken: null,
      disclosure: false,
      methodChange: false
    }
  const outcome = outcomeById(outcomeId)
  const disclosure = kindById(record.kind).asksDisclosureMethod && disclosesData(outcomeId)
  return {
    grounds: decisionGroundSet(record.kind, outcomeId),
    // APPI 36条: a decision not fully in the person's favour explains why.
    reason: !outcome.favourable,
    withheldParts: outcome.needsWithheldParts === true,
    actionTaken: outcome.needsActionTaken === true ? (ACTION_LABEL[outcomeId] ?? '実施した内容') : null,
    disclosure,
    // APPI 33条2項: when the way asked for is hard, disclose on paper and say why.
    methodChange: disclosure && record.disclosureMethod !== null && record.disclosureMethod !== 'paper'
  }
}

/** The draft with the parts that do not apply to the chosen outcome emptied, so nothing stale is submitted. */
export function trimDraft(record: RequestRecord, d: DecisionDraft): DecisionDraft {
  const f = decisionFields(record, d.outcome)
  const changed = f.methodChange && d.methodChangedToPaper
  return {
    outcome: d.outcome,
    groundIds: d.groundIds.filter((id) => f.grounds !== null && groundById(id)?.set === f.grounds.set),
    reason: f.reason ? d.reason : '',
    withheldParts: f.withheldParts ? d.withheldParts : '',
    actionTaken: f.actionTaken !== null ? d.actionTaken : '',
    methodChangedToPaper: changed,
    methodChangeReason: changed ? d.methodChangeReason : '',
    disclosureDate: f.disclosure ? d.disclosureDate : ''
  }
}
