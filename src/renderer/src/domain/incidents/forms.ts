// What a manager types about an incident, validated with Japanese messages that say what to do.
import { z } from 'zod'
import { isValidIsoDate } from '../calendar'
import { freeText } from '../intakeSchema'
import { INCIDENT_SITUATION_IDS, REPORT_ITEM_IDS } from '../records/incident'

const required = (max: number, what: string) => freeText(max).refine((s) => s !== '', `${what}を入力してください`)
const date = (what: string) =>
  z.string().trim().refine(isValidIsoDate, `${what}を YYYY-MM-DD の形で入力してください(例: 2026-11-25)`)

export const openIncidentFormSchema = z.object({
  title: required(80, '事案の名前'),
  knownAt: z
    .string()
    .trim()
    .refine(
      (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) && isValidIsoDate(s.slice(0, 10)),
      '把握した日時を入力してください(例: 2026-11-25 09:30)'
    ),
  situations: z.array(z.enum(INCIDENT_SITUATION_IDS))
})
export type OpenIncidentForm = z.infer<typeof openIncidentFormSchema>

export const reportFormSchema = z.object({
  situations: z.array(z.enum(INCIDENT_SITUATION_IDS)),
  report: z.object(
    Object.fromEntries(REPORT_ITEM_IDS.map((id) => [id, freeText(4000)])) as Record<
      (typeof REPORT_ITEM_IDS)[number],
      ReturnType<typeof freeText>
    >
  )
})
export type ReportForm = z.infer<typeof reportFormSchema>

export const submissionFormSchema = z.object({
  stage: z.enum(['preliminary', 'final']),
  submittedOn: date('報告日'),
  receiptNo: freeText(60)
})
export type SubmissionForm = z.infer<typeof submissionFormSchema>

export const personNoticeFormSchema = z.object({
  name: required(60, '氏名'),
  notifiedOn: date('通知日'),
  method: z.enum(['letter', 'email', 'phone', 'inPerson'])
})
export type PersonNoticeForm = z.infer<typeof personNoticeFormSchema>

export const publicNoticeFormSchema = z.object({
  noticeMode: z.enum(['individual', 'public', 'undecided']),
  on: z
    .string()
    .trim()
    .refine((s) => s === '' || isValidIsoDate(s), '公表日を YYYY-MM-DD の形で入力してください'),
  text: freeText(2000)
})
export type PublicNoticeForm = z.infer<typeof publicNoticeFormSchema>
