// Which letters fit a request now, and whether one can be issued (SPEC.md step 5: only after a manager approved
// the decision; the identity letter only while identity is still pending).
import { kindById } from '../catalogue'
import type { LetterTemplateId } from '../outcomes'
import type { RequestRecord } from '../request'
import type { StatusId } from '../status'
import { letterTemplateById } from './templates'

/** While identity is pending the request waits; the request for documents leaves its status as it is. */
export const IDENTITY_LETTER_STATUSES: readonly StatusId[] = ['received', 'identityPending', 'onHold']

export function identityLetterFits(r: Pick<RequestRecord, 'kind' | 'status' | 'identity'>): boolean {
  return (
    kindById(r.kind).identityRequired &&
    IDENTITY_LETTER_STATUSES.includes(r.status) &&
    r.identity?.result !== 'verified'
  )
}

/** The decision's letter, from the kind's letterByOutcome. */
export function decisionLetterOf(r: Pick<RequestRecord, 'kind' | 'decision'>): LetterTemplateId | null {
  if (!r.decision) return null
  return kindById(r.kind).letterByOutcome[r.decision.outcome] ?? null
}

/** Letters that can still be previewed and issued; a decision letter once issued is reprinted, not issued again. */
export function lettersThatFit(r: RequestRecord): LetterTemplateId[] {
  const out: LetterTemplateId[] = []
  const decisionLetter = decisionLetterOf(r)
  if (decisionLetter && r.notice === null) out.push(decisionLetter)
  if (identityLetterFits(r)) out.push('identityDocsRequest')
  return out
}

/** null when the letter can be issued now; otherwise what staff need to know, in Japanese. */
export function whyNotIssuable(templateId: LetterTemplateId, r: RequestRecord): string | null {
  const template = letterTemplateById(templateId)
  if (template.basis === 'identity') {
    return identityLetterFits(r) ? null : '本人確認書類のお願いは、本人確認が済むまでの間だけ発行できます。'
  }
  if (decisionLetterOf(r) !== templateId)
    return 'この請求の決定に合う通知書ではありません。請求の画面から選び直してください。'
  if (r.status === 'notified' || r.status === 'closed')
    return 'この通知書は発行済みです。再印刷は請求の画面の「発行済みの通知書」から行ってください。'
  if (r.status === 'withdrawn' || r.status === 'identityFailed')
    return 'この請求は終了しているため、通知書は発行できません。'
  if (r.status === 'onHold') return '保留中のため発行できません。保留を解除してから発行してください。'
  if (r.status !== 'approved' || !r.approval) {
    return '管理者の承認前のため、まだ発行できません。決定が承認されてから発行してください。'
  }
  return null
}
