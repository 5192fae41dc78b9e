// What staff type for a provision or receipt record (APPI 29・30条), with Japanese messages that say what to do.
import { z } from 'zod'
import { isValidIsoDate } from '../calendar'
import { freeText } from '../intakeSchema'
import { isKatakanaReading } from '../kana'

const required = (max: number, what: string) => freeText(max).refine((s) => s !== '', `${what}を入力してください`)
const date = (what: string) =>
  z.string().trim().refine(isValidIsoDate, `${what}を YYYY-MM-DD の形で入力してください(例: 2026-11-25)`)

export const provisionFormSchema = z
  .object({
    direction: z.enum(['provision', 'receipt']),
    form: z.enum(['single', 'bulk']),
    contract: z.boolean(),
    recordedOn: date('記録の作成日'),
    lastProvidedOn: date('提供日(受領日)'),
    counterpartyName: required(100, '相手方の氏名又は名称'),
    counterpartyAddress: freeText(200),
    counterpartyRepresentative: freeText(60),
    personName: required(60, '本人の氏名'),
    personKana: freeText(60).refine((s) => s === '' || isKatakanaReading(s), 'フリガナはカタカナで入力してください'),
    dataItems: required(500, '個人データの項目'),
    basis: z.enum(['consent', 'optOut', 'law', 'notApplicable']),
    howObtained: freeText(300),
    note: freeText(500)
  })
  // 規則20条1項: for a receipt, the provider's address and (for a corporation) representative, and how it got the data.
  .superRefine((v, ctx) => {
    if (v.direction !== 'receipt') return
    if (v.counterpartyAddress === '')
      ctx.addIssue({ code: 'custom', path: ['counterpartyAddress'], message: '提供者の住所を入力してください' })
    if (v.howObtained === '')
      ctx.addIssue({ code: 'custom', path: ['howObtained'], message: '提供者がデータを取得した経緯を入力してください' })
  })
export type ProvisionForm = z.infer<typeof provisionFormSchema>

export const PROVISION_BASES = [
  { id: 'consent', label: '本人の同意あり' },
  { id: 'optOut', label: 'オプトアウト(27条2項)による提供' },
  { id: 'law', label: '法令に基づく(27条1項各号)' },
  { id: 'notApplicable', label: '—(受領の記録)' }
] as const

export const DIRECTIONS = [
  { id: 'provision', label: '第三者への提供(提供記録)' },
  { id: 'receipt', label: '第三者からの受領(確認記録)' }
] as const

export const RECORD_FORMS = [
  { id: 'single', label: '個別に作成' },
  { id: 'bulk', label: '一括して作成(継続・反復する提供)' }
] as const
