// Clinic settings. Read back through `restoreSettings`, which fills defaults, so older rows keep working.
import { z } from 'zod'
import { kindById, type RequestKindId } from './catalogue'
import { DEFAULT_DEADLINE_RULE } from './deadline'
import { PRELIMINARY_DAYS_MAX, PRELIMINARY_DAYS_MIN } from './incidents/deadlines'
import { phoneNumber, postalCode } from './input/fields'
import { freeText } from './intakeSchema'

export const deadlineRuleSchema = z.object({
  days: z
    .number({ error: '日数は数字で入力してください' })
    .int('日数は整数で入力してください')
    .min(1, '日数は1以上にしてください')
    .max(60, '日数は60日以内にしてください'),
  mode: z.enum(['calendar', 'business']),
  // Checkboxes give weekday numbers as strings.
  closedWeekdays: z.array(z.coerce.number().int().min(0).max(6)),
  closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '休診日は YYYY-MM-DD の形で入力してください'))
})

const required = (max: number, what: string) => freeText(max).refine((s) => s !== '', `${what}を入力してください`)

export const letterheadSchema = z.object({
  corporationName: required(60, '法人名'),
  clinicName: freeText(60),
  postalCode: postalCode(),
  address: required(200, '所在地'),
  representative: required(60, '代表者'),
  windowName: required(80, '窓口名'),
  phone: phoneNumber(false),
  documentPrefix: freeText(20)
})

export const settingsSchema = z.object({
  letterhead: letterheadSchema,
  deadline: deadlineRuleSchema,
  dateStyle: z.enum(['wareki', 'seireki']),
  /** How screens show dates (letters and printed records follow dateStyle). */
  screenDateStyle: z.enum(['wareki', 'seireki']),
  fees: z.object({
    purpose: z.number().int().min(0).max(100_000),
    disclosure: z.number().int().min(0).max(100_000)
  }),
  idleLockMinutes: z
    .number({ error: '分数は数字で入力してください' })
    .int()
    .min(1, '1分以上にしてください')
    .max(60, '60分以内にしてください'),
  maskNames: z.boolean(),
  printDirect: z.boolean(),
  retentionYears: z.number().int().min(1, '1年以上にしてください').max(30, '30年以内にしてください'),
  backupFolder: z.string().max(260),
  /** The records kept beside the requests: leak incidents. */
  records: z.object({
    // 規則8条1項「速やかに」: about 3–5 days from becoming aware, counted in business days.
    preliminaryReportDays: z
      .number()
      .int()
      .min(PRELIMINARY_DAYS_MIN, `${PRELIMINARY_DAYS_MIN}日以上にしてください`)
      .max(PRELIMINARY_DAYS_MAX, `${PRELIMINARY_DAYS_MAX}日以内にしてください`),
    // 医政医発0720第2号: withholding medical records waits for the 検討委員会's review (on unless a manager turns it off).
    committeeReview: z.boolean().default(true)
  }),
  backupIntervalMinutes: z
    .number({ error: '分数は数字で入力してください' })
    .int('分数は整数で入力してください')
    .min(5, '5分以上にしてください')
    .max(240, '240分以内にしてください')
})

export type Settings = z.infer<typeof settingsSchema>
export type Letterhead = z.infer<typeof letterheadSchema>

/** Prefilled from the privacy policy's contact section (お問い合わせ窓口) and signature. */
export const DEFAULT_SETTINGS: Settings = {
  letterhead: {
    corporationName: '医療法人社団桜恵会',
    clinicName: '',
    postalCode: '',
    address: '東京都港区虎ノ門4丁目3番10号 虎ノ門きよしビル3階',
    representative: '上原 恵理',
    windowName: '美容×医療のオープンカンファレンス 事務局',
    phone: '03-6450-1471',
    documentPrefix: '桜恵個'
  },
  deadline: {
    ...DEFAULT_DEADLINE_RULE,
    closedWeekdays: [...DEFAULT_DEADLINE_RULE.closedWeekdays],
    closedDates: [...DEFAULT_DEADLINE_RULE.closedDates]
  },
  dateStyle: 'wareki',
  screenDateStyle: 'seireki',
  fees: { purpose: 0, disclosure: 0 },
  idleLockMinutes: 5,
  maskNames: true,
  printDirect: false,
  retentionYears: 5,
  backupFolder: '',
  records: { preliminaryReportDays: 3, committeeReview: true },
  backupIntervalMinutes: 15
}

/** Saved settings with defaults filled in for anything missing or unreadable, field group by group. */
export function restoreSettings(raw: unknown): Settings {
  const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key]
    const parsed = field.safeParse(obj[key])
    out[key] = parsed.success ? parsed.data : DEFAULT_SETTINGS[key]
  }
  return settingsSchema.parse(out)
}

// Which of the clinic's set fees applies to a kind. Disclosure's fee covers the third-party record too (APPI 33条5項,
// as the printed request form says); other kinds that allow a fee (the bereaved) are charged case by case.
const FEE_SETTING: Readonly<Partial<Record<RequestKindId, keyof Settings['fees']>>> = {
  purpose: 'purpose',
  disclosure: 'disclosure',
  thirdPartyRecord: 'disclosure'
}

/** The fee the settings fix for a kind, or null when the kind takes no fee or none is set for it in advance. */
export function settingsFee(kindId: RequestKindId, fees: Settings['fees']): number | null {
  if (!kindById(kindId).feeAllowed) return null
  const key = FEE_SETTING[kindId]
  return key === undefined ? null : fees[key]
}
