// The identity form's values. 確認済 is refused while the documents seen are not enough for the channel.
import { z } from 'zod'
import type { RequesterTypeId } from '../../domain/catalogue'
import { assessIdentity } from '../../domain/identityDocs'
import { freeText } from '../../domain/intakeSchema'
import type { IdentityResult } from '../../domain/request'

export const IDENTITY_RESULTS: readonly { id: IdentityResult; label: string; hint: string }[] = [
  { id: 'verified', label: '確認済', hint: '調査へ進みます' },
  { id: 'incomplete', label: '不備あり', hint: '書類の追加を依頼し、そろったらもう一度記録します' },
  { id: 'failed', label: '確認不可', hint: '請求は「本人確認不可」として終了します' }
]

export const CHECK_METHODS = [
  { id: 'counter', label: '窓口で書類を確認した' },
  { id: 'post', label: '郵送で書類を受け取った' }
] as const
export type CheckMethod = (typeof CHECK_METHODS)[number]['id']

export const isMethod = (s: string): s is CheckMethod => CHECK_METHODS.some((m) => m.id === s)
const isResult = (s: string): s is IdentityResult => IDENTITY_RESULTS.some((r) => r.id === s)

export function makeIdentitySchema(requesterType: RequesterTypeId) {
  return z
    .object({
      method: z.string().refine(isMethod, '書類を確認した方法(窓口・郵送)を選んでください'),
      documents: z.array(z.string()),
      result: z.string().refine(isResult, '確認の結果を選んでください'),
      note: freeText(500)
    })
    .superRefine((v, ctx) => {
      if (v.result === 'verified' && isMethod(v.method)) {
        const a = assessIdentity(v.documents, v.method, requesterType)
        if (!a.sufficient) {
          ctx.addIssue({
            code: 'custom',
            path: ['result'],
            message: `書類が足りないため「確認済」にはできません。足りないもの: ${a.missing.join('、')}。書類を確認するか「不備あり」を選んでください。`
          })
        }
      }
      if (v.result === 'failed' && v.note === '') {
        ctx.addIssue({ code: 'custom', path: ['note'], message: '本人確認ができなかった理由をメモに記入してください' })
      }
    })
}

export type IdentityFormInput = z.input<ReturnType<typeof makeIdentitySchema>>
export type IdentityFormOutput = z.output<ReturnType<typeof makeIdentitySchema>>
