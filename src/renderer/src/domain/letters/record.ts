// A letter as recorded when it was issued: the content exactly as printed, how it was sent and by whom.
// Ready for replication like every row (SPEC.md "Ready to grow past one PC").
import { z } from 'zod'
import { isValidIsoDate } from '../calendar'
import type { ChannelId } from '../catalogue'
import type { SentBy } from '../request'
import type { letterRecordSchema } from '../records/others'
import { SENT_BY_IDS } from '../records/request'

// A label for each of SENT_BY_IDS (records/request.ts), the one list of ways a letter goes out.
const SENT_BY_LABEL: Readonly<Record<SentBy, string>> = {
  handed: '手渡し',
  post: '郵送',
  registeredPost: '簡易書留',
  email: 'メール'
}

export const SENT_BY: readonly { readonly id: SentBy; readonly label: string }[] = SENT_BY_IDS.map((id) => ({
  id,
  label: SENT_BY_LABEL[id]
}))

// A letter goes back the way the request came: handed over at the counter, by email, otherwise by post.
const SENT_BY_CHANNEL: Readonly<Partial<Record<ChannelId, SentBy>>> = {
  counter: 'handed',
  post: 'post',
  email: 'email'
}

/** How a letter is sent unless staff choose otherwise. */
export function defaultSentBy(channel: ChannelId): SentBy {
  return SENT_BY_CHANNEL[channel] ?? 'post'
}

export type LetterOutput = 'print' | 'pdf'

export const OUTPUT_LABEL: Readonly<Record<LetterOutput, string>> = { print: '印刷', pdf: 'PDF' }

export type LetterRecord = z.infer<typeof letterRecordSchema>

/** What staff choose when issuing: the date printed on the letter and how it goes out. */
export const issueFormSchema = z.object({
  issuedOn: z
    .string()
    .trim()
    .refine((s) => isValidIsoDate(s), '発行日を YYYY-MM-DD の形で入力してください(例: 2026-11-25)'),
  sentBy: z.enum(SENT_BY_IDS, { error: '送付方法を選んでください' })
})

export type IssueForm = z.infer<typeof issueFormSchema>

/** '桜恵個第2026-0001-1号': the clinic's prefix, the 受付番号 and the letter's number within the request. */
export function documentNoFor(prefix: string, receiptNo: string, n: number): string {
  return `${prefix.trim()}第${receiptNo}-${n}号`
}
