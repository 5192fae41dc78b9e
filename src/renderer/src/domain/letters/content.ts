// What a letter says, as plain serialisable data. The builder makes it, the print layout renders it,
// and the letters table stores it exactly as issued so a reprint reproduces the same letter.
import { z } from 'zod'
import type { LetterTemplateId } from '../outcomes'
import { isLetterTemplateId } from './templates'

export const letterItemSchema = z
  .object({
    /** '請求の内容', '決定', '開示しない理由となる事由' … numbered 1, 2, 3 … under 記. */
    heading: z.string(),
    lines: z.array(z.string()).readonly()
  })
  .readonly()

export const letterContentSchema = z
  .object({
    templateId: z.custom<LetterTemplateId>(
      (v) => typeof v === 'string' && isLetterTemplateId(v),
      '通知書の種類が不明です'
    ),
    documentNo: z.string(),
    /** The issue date as printed: 令和8年11月25日 or 2026年11月25日. */
    dateText: z.string(),
    /** 〒 and address in the envelope window; absent in letters issued before it was printed. */
    recipient: z.array(z.string()).readonly().optional(),
    /** '山田 太郎 様'; for an agent, the agent. */
    addressee: z.string(),
    /** 法人名, 医療機関名, 所在地, 代表者: one printed line each. */
    sender: z.array(z.string()).readonly(),
    /** The 件名, centred. */
    title: z.string(),
    body: z.array(z.string()).readonly(),
    items: z.array(letterItemSchema).readonly()
  })
  .readonly()

export type LetterItem = z.infer<typeof letterItemSchema>
export type LetterContent = z.infer<typeof letterContentSchema>

/** Freezes the content and everything in it: what was issued can't be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
