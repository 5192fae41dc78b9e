import { z } from 'zod'
import { ROLES } from '../../domain/staff'
import { validatePinFormat } from '../../domain/pin'

const pin = z.string().superRefine((p, ctx) => {
  const message = validatePinFormat(p)
  if (message !== null) ctx.addIssue({ code: 'custom', message })
})

export const newStaffSchema = z
  .object({
    name: z.string().trim().min(1, '氏名を入力してください').max(30, '30文字以内で入力してください'),
    role: z.enum([ROLES[0].id, ROLES[1].id]),
    pin,
    pinConfirm: z.string()
  })
  .refine((v) => v.pin === v.pinConfirm, { path: ['pinConfirm'], message: '確認の PIN が一致しません' })

export type NewStaffInput = z.input<typeof newStaffSchema>
