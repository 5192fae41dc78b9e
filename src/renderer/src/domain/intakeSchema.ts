// What reception types at intake, validated with Japanese messages that say what to do.
// The form never asks WHY the person wants their data (MHLW guidance: asking is inappropriate).
import { z } from 'zod'
import { CHANNELS, DATA_CATEGORIES, DISCLOSURE_METHODS, REQUEST_KIND_IDS, REQUESTER_TYPES, kindById } from './catalogue'
import { isValidIsoDate } from './calendar'
import { groundsOf } from './grounds'
import { isKatakanaReading } from './kana'
import {
  isPhoneNumber,
  isPostalCode,
  normalizeKana,
  normalizePatientNo,
  normalizePhone,
  normalizePostalCode,
  parseFee
} from './input/normalize'
import { parseTypedDate } from './input/wareki'
import { findForbiddenNumber } from './sensitiveNumbers'
import type { IntakeData } from './request'

const ids = <T extends { readonly id: string }>(list: readonly T[]) => list.map((x) => x.id) as [T['id'], ...T['id'][]]

/** Free text that refuses anything that looks like a My Number or an insurance 記号・番号. */
export const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max}文字以内で入力してください`)
    .superRefine((text, ctx) => {
      const found = findForbiddenNumber(text)
      if (found) ctx.addIssue({ code: 'custom', message: found.message })
    })

const required = (max: number, what: string) => freeText(max).refine((s) => s !== '', `${what}を入力してください`)

const isoDate = (what: string) =>
  z
    .string()
    .trim()
    .refine((s) => isValidIsoDate(s), `${what}を選ぶか、2026-11-25 のように入力してください`)

/** A date typed as 和暦 (S30.5.10, 昭和30年5月10日) or 西暦, stored as ISO. */
export const typedDate = (what: string) =>
  z.string().transform((s, ctx) => {
    if (s.trim() === '') {
      ctx.addIssue({ code: 'custom', message: `${what}を入力してください(例: S30.5.10、1955-05-10)` })
      return z.NEVER
    }
    const parsed = parseTypedDate(s)
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message.replace('生年月日', what) })
      return z.NEVER
    }
    return parsed.iso
  })

/** 〒 stored as 123-4567, whatever digits and dashes were typed. */
export const postalCode = () =>
  z
    .string()
    .transform(normalizePostalCode)
    .refine((s) => s === '' || isPostalCode(s), '郵便番号は7桁の数字で入力してください(例: 105-0001)')

/** A phone number checked by its digit count (10 for fixed lines, 11 for mobile and 050). */
export const phoneNumber = (optional: boolean) =>
  z
    .string()
    .transform(normalizePhone)
    .refine(
      (s) => (optional && s === '') || isPhoneNumber(s),
      '電話番号の桁数が合いません。市外局番から入力してください(固定電話は10桁、携帯電話は11桁)'
    )

// Stored in katakana whatever kana was typed.
const kana = (what: string) =>
  required(60, what)
    .refine((s) => isKatakanaReading(s), `${what}はカタカナまたはひらがなで入力してください`)
    .transform(normalizeKana)

const optionalKana = (what: string) =>
  freeText(60)
    .refine((s) => s === '' || isKatakanaReading(s), `${what}はカタカナまたはひらがなで入力してください`)
    .transform(normalizeKana)

export function makeIntakeSchema(today: string) {
  return z
    .object({
      receivedOn: isoDate('受付日').refine((d) => d <= today, '受付日に未来の日付は入力できません'),
      channel: z.enum(ids(CHANNELS), { error: '受付方法を選んでください' }),
      kind: z.enum(REQUEST_KIND_IDS, { error: '請求の種類を選んでください' }),
      person: z.object({
        name: required(60, '氏名'),
        nameKana: kana('フリガナ'),
        birthDate: typedDate('生年月日').refine((d) => d <= today, '生年月日に未来の日付は入力できません'),
        patientNo: z
          .string()
          .transform(normalizePatientNo)
          .pipe(freeText(20))
          .refine((s) => /^[0-9A-Za-z-]*$/.test(s), '診察券番号は英数字とハイフンで入力してください'),
        postalCode: postalCode(),
        address: freeText(200),
        phone: phoneNumber(true),
        email: z
          .string()
          .trim()
          .refine((s) => s === '' || z.email().safeParse(s).success, 'メールアドレスの形が正しくありません')
      }),
      requester: z.object({
        type: z.enum(ids(REQUESTER_TYPES), { error: '請求者の区分を選んでください' }),
        agentName: freeText(60),
        agentKana: optionalKana('代理人のフリガナ'),
        relation: freeText(40)
      }),
      dataCategories: z.array(z.enum(ids(DATA_CATEGORIES))),
      dataOther: freeText(500),
      requestGrounds: z.array(z.enum(groundsOf('suspension').map((g) => g.id) as [string, ...string[]])),
      disclosureMethod: z.enum(ids(DISCLOSURE_METHODS)).nullable(),
      // 全角 digits, commas and 円 are read as the number staff meant.
      fee: z.preprocess(
        parseFee,
        z
          .number({ error: '手数料は数字で入力してください(例: 1000)' })
          .int('手数料は円単位の整数で入力してください')
          .min(0, '手数料に負の値は入力できません')
          .max(100_000, '手数料が大きすぎます')
          .nullable()
      ),
      details: freeText(2000)
    })
    .superRefine((v, ctx) => {
      const kind = kindById(v.kind)
      if (v.requester.type !== 'self') {
        if (v.requester.agentName === '')
          ctx.addIssue({
            code: 'custom',
            path: ['requester', 'agentName'],
            message: '請求者(代理人・遺族)の氏名を入力してください'
          })
        if (v.requester.relation === '')
          ctx.addIssue({
            code: 'custom',
            path: ['requester', 'relation'],
            message: '本人との関係を入力してください(例: 長男、成年後見人)'
          })
      }
      if (v.kind === 'bereaved' && v.requester.type !== 'bereaved') {
        ctx.addIssue({
          code: 'custom',
          path: ['requester', 'type'],
          message: '遺族への診療情報の提供では、請求者の区分を「遺族」にしてください'
        })
      }
      if (kind.asksDisclosureMethod && v.disclosureMethod === null) {
        ctx.addIssue({ code: 'custom', path: ['disclosureMethod'], message: '開示の方法を選んでください' })
      }
      if (kind.asksDataCategories && v.dataCategories.length === 0 && v.dataOther === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['dataCategories'],
          message: '対象となる情報を1つ以上選ぶか、その他に記入してください'
        })
      }
    })
    .transform((v): IntakeData => {
      const kind = kindById(v.kind)
      const self = v.requester.type === 'self'
      // Fields that do not fit the kind are dropped, never stored (APPI 38条: fees only where the law allows).
      return {
        ...v,
        requester: self ? { type: 'self', agentName: '', agentKana: '', relation: '' } : v.requester,
        dataCategories: kind.asksDataCategories ? v.dataCategories : [],
        requestGrounds: kind.requestGroundSet ? v.requestGrounds : [],
        disclosureMethod: kind.asksDisclosureMethod ? v.disclosureMethod : null,
        fee: kind.feeAllowed ? v.fee : null
      }
    })
}

export type IntakeInput = z.input<ReturnType<typeof makeIntakeSchema>>
