// What a decision must contain before it can go to a manager. Messages say what to do.
import { kindById } from './catalogue'
import { groundById, type GroundSetId } from './grounds'
import { outcomeById, type OutcomeId } from './outcomes'
import type { RequestKindId } from './catalogue'
import { isValidIsoDate } from './calendar'
import type { CommitteeReview, Decision, RequestRecord } from './request'

/** A decision as staff fill it in, before it is signed (who and when are added on submit). */
export type DecisionDraft = Omit<Decision, 'staffId' | 'staffName' | 'at'>

export function decisionProblems(request: RequestRecord, d: DecisionDraft): string[] {
  const kind = kindById(request.kind)
  const problems: string[] = []
  if (!kind.outcomes.includes(d.outcome)) {
    return [`「${kind.label}」では選べない決定です。一覧から選んでください。`]
  }
  const outcome = outcomeById(d.outcome)
  const grounds = decisionGroundSet(request.kind, d.outcome)
  const valid = grounds ? d.groundIds.filter((id) => groundById(id)?.set === grounds.set) : []
  if (valid.length !== d.groundIds.length)
    problems.push('この決定では選べない事由が含まれています。一覧から選び直してください。')
  else if (grounds?.required === true && valid.length === 0)
    problems.push('プライバシーポリシーに定める事由を1つ以上選んでください。')
  // APPI 36条: a decision not fully in the person's favour must give its reason.
  if (!outcome.favourable && d.reason.trim() === '') {
    problems.push('本人の求めのとおりとしない理由を記入してください(個人情報保護法36条)。')
  }
  if (outcome.needsWithheldParts === true && d.withheldParts.trim() === '') {
    problems.push('開示(提供)しない部分を記入してください。')
  }
  if (outcome.needsActionTaken === true && d.actionTaken.trim() === '') {
    problems.push(
      d.outcome === 'alternative'
        ? '代わりに講じた措置と、利用停止等が困難な理由を記入してください。'
        : '実施した内容を記入してください。'
    )
  }
  if (d.methodChangedToPaper && d.methodChangeReason.trim() === '') {
    problems.push('書面による開示に変更する理由を記入してください。')
  }
  if (needsDoctorOpinion(request) && (request.investigation?.doctorOpinion.trim() ?? '') === '') {
    problems.push('カルテに関する請求です。決定の前に調査で主治医の意見を記録してください。')
  }
  return problems
}

/** Medical records are decided only after the attending doctor's opinion is on file. */
export function needsDoctorOpinion(request: Pick<RequestRecord, 'dataCategories' | 'kind'>): boolean {
  return request.dataCategories.includes('medicalRecord') && request.kind !== 'complaint' && request.kind !== 'inquiry'
}

/**
 * Which of the policy's grounds a decision names: non-disclosure grounds (1)–(3) for withholding;
 * for stopping use or provision, which of grounds (1)–(9) apply (APPI 35条); for refusing to stop
 * provision, optionally the provision grounds (1)–(7) that make it lawful (APPI 27条1項).
 */
export function decisionGroundSet(
  kindId: RequestKindId,
  outcomeId: OutcomeId
): { set: GroundSetId; required: boolean } | null {
  const outcome = outcomeById(outcomeId)
  if (outcome.groundSet) return { set: outcome.groundSet, required: true }
  const kind = kindById(kindId)
  if (kind.requestGroundSet && (outcomeId === 'done' || outcomeId === 'alternative'))
    return { set: kind.requestGroundSet, required: true }
  if (kindId === 'thirdPartyStop' && outcomeId === 'notDone') return { set: 'thirdPartyProvision', required: false }
  return null
}

// Outcomes that keep part or all of what was asked from the person.
const WITHHOLDING: readonly OutcomeId[] = ['partialDisclosure', 'nonDisclosure', 'partiallyProvided', 'notProvided']

/**
 * Whether approving this decision waits for the 検討委員会 (医政医発0720第2号): it withholds data (不開示・一部開示,
 * or for the bereaved 提供しない・一部提供) and the data asked about includes the medical record.
 */
export function needsCommitteeReview(
  request: Pick<RequestRecord, 'dataCategories' | 'decision'>,
  reviewRequired: boolean
): boolean {
  if (!reviewRequired || request.decision === null) return false
  return request.dataCategories.includes('medicalRecord') && WITHHOLDING.includes(request.decision.outcome)
}

/** What a 検討委員会 review must hold, or the reason it cannot be recorded. */
export function committeeReviewProblem(
  review: Pick<CommitteeReview, 'heldOn' | 'members' | 'conclusion'>,
  decidedOn: string,
  today: string
): string | null {
  if (!isValidIsoDate(review.heldOn)) return '検討委員会の開催日を YYYY-MM-DD の形で入力してください。'
  if (review.heldOn > today) return '検討委員会の開催日に未来の日付は入力できません。'
  if (review.heldOn < decidedOn) return '検討委員会の開催日は決定案の提出日以降にしてください。'
  if (review.members.trim() === '') return '検討委員会の出席者を入力してください。'
  if (review.conclusion.trim() === '') return '検討委員会の結論を入力してください。'
  return null
}
