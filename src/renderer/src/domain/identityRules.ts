// What an identity check must hold before the state machine records it (SPEC 本人確認): document ids from the
// catalogue only, how they were checked, enough documents for 確認済, and a reason for 確認不可.
import type { RequesterTypeId } from './catalogue'
import { assessIdentity, identityDocById } from './identityDocs'
import type { IdentityCheck } from './request'

type CheckInput = Pick<IdentityCheck, 'documents' | 'method' | 'result' | 'note'>

/** The Japanese reason the check cannot be recorded, or null. */
export function identityProblem(check: CheckInput, requesterType: RequesterTypeId): string | null {
  const unknown = check.documents.filter((id) => identityDocById(id) === undefined)
  if (unknown.length > 0) return '一覧にない本人確認書類が含まれています。画面の一覧から選び直してください。'
  if (check.result === 'failed' && check.note.trim() === '')
    return '本人確認ができなかった理由をメモに記入してください。'
  if (check.result !== 'verified') return null
  if (check.method === null) return '書類を確認した方法(窓口で原本・郵送で写しと原本)を選んでください。'
  const assessment = assessIdentity(check.documents, check.method, requesterType)
  if (!assessment.sufficient) {
    return `書類が足りないため「確認済」にはできません。足りないもの: ${assessment.missing.join('、')}。`
  }
  return null
}
