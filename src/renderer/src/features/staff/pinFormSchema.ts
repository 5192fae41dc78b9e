import { z } from 'zod'
import { validatePinFormat } from '../../domain/pin'

const pin = z.string().superRefine((p, ctx) => {
  const message = validatePinFormat(p)
  if (message !== null) ctx.addIssue({ code: 'custom', message })
})

/** A new PIN typed twice. */
export const newPinSchema = z
  .object({ current: z.string(), pin, pinConfirm: z.string() })
  .refine((v) => v.pin === v.pinConfirm, { path: ['pinConfirm'], message: '確認の PIN が一致しません' })
  .refine((v) => v.current === '' || v.pin !== v.current, { path: ['pin'], message: '今と違う PIN にしてください' })

export type NewPinInput = z.input<typeof newPinSchema>
