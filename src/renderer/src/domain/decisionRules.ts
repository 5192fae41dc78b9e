// What a decision must contain before it can go to a manager. Messages say what to do.
import { kindById } from './catalogue'
import { groundById } from './grounds'
import { outcomeById } from './outcomes'
import type { Decision, RequestRecord } from './request'

type DecisionDraft = Omit<Decision, 'staffId' | 'staffName' | 'at'>

export function decisionProblems(request: RequestRecord, d: DecisionDraft): string[] {
  const kind = kindById(request.kind)
  const problems: string[] = []
  if (!kind.outcomes.includes(d.outcome)) {
    return [`「${kind.label}」では選べない決定です。一覧から選んでください。`]
  }
  const outcome = outcomeById(d.outcome)
  if (outcome.groundSet) {
    const valid = d.groundIds.filter((id) => groundById(id)?.set === outcome.groundSet)
    if (valid.length === 0 || valid.length !== d.groundIds.length) {
      problems.push('プライバシーポリシーに定める事由を1つ以上選んでください。')
    }
  }
  // APPI 36条: a decision not fully in the person's favour must give its reason.
  if (!outcome.favourable && d.reason.trim() === '') {
    problems.push('本人の求めのとおりとしない理由を記入してください(個人情報保護法36条)。')
  }
  if (outcome.needsWithheldParts === true && d.withheldParts.trim() === '') {
    problems.push('開示(提供)しない部分を記入してください。')
  }
  if (outcome.needsActionTaken === true && d.actionTaken.trim() === '') {
    problems.push(d.outcome === 'alternative'
      ? '代わりに講じた措置と、利用停止等が困難な理由を記入してください。'
      : '実施した内容を記入してください。')
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
