// What a manager types for a new version of the published procedure.
import { z } from 'zod'
import { isValidIsoDate } from '../calendar'
import { DISCLOSURE_METHODS } from '../catalogue'
import { freeText } from '../intakeSchema'

const yen = z
  .number({ error: '金額は数字で入力してください' })
  .int('金額は整数で入力してください')
  .min(0, '0円以上にしてください')
  .max(100_000, '10万円以内にしてください')
const required = (max: number, what: string) => freeText(max).refine((s) => s !== '', `${what}を入力してください`)
const methodIds = DISCLOSURE_METHODS.map((m) => m.id) as [
  (typeof DISCLOSURE_METHODS)[number]['id'],
  ...(typeof DISCLOSURE_METHODS)[number]['id'][]
]

export const procedureFormSchema = z.object({
  effectiveFrom: z.string().trim().refine(isValidIsoDate, '施行日を YYYY-MM-DD の形で入力してください'),
  whereToApply: required(1000, '請求先'),
  forms: required(1000, '請求書の様式'),
  identityDocs: required(1000, '本人確認の方法'),
  feePayment: freeText(500),
  fees: z.object({
    perRequest: yen,
    perPageBw: yen,
    perPageColour: yen,
    perDisc: yen,
    postage: yen,
    explanationPer30Min: yen
  }),
  methods: z.array(z.enum(methodIds)).min(1, '開示の方法を1つ以上選んでください'),
  complaintWindow: required(1000, '苦情の申出先')
})
export type ProcedureForm = z.infer<typeof procedureFormSchema>
