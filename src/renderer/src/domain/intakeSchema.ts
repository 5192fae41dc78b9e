// What reception types at intake, validated with Japanese messages that say what to do.
// The form never asks WHY the person wants their data (MHLW guidance: asking is inappropriate).
import { z } from 'zod'
import {
  BEREAVED_RELATIONS,
  CHANNELS,
  DATA_CATEGORIES,
  DISCLOSURE_METHODS,
  MINOR_VIEWS,
  REQUEST_KIND_IDS,
  REQUESTER_TYPES,
  asksAsBereaved,
  kindById
} from './catalogue'
import { isValidIsoDate } from './calendar'
import { groundsOf } from './grounds'
import { isKatakanaReading } from './kana'
import { email, phoneNumber, postalCode, typedDate } from './input/fields'
import { normalizeKana, normalizePatientNo, parseFee } from './input/normalize'
import { findForbiddenNumber } from './sensitiveNumbers'
import { SELF_REQUESTER, type IntakeData, type PersonInfo } from './request'
import { BIRTH_DATE_MESSAGE, RECEIPT_DATE_MESSAGE, birthDateOk, receiptDateOk } from './intakeRules'
import { requesterAsStored } from './requesters'
import { cleanText } from './textGuard'

const ids = <T extends { readonly id: string }>(list: readonly T[]) => list.map((x) => x.id) as [T['id'], ...T['id'][]]

/** Free text, cleaned of invisible characters, that refuses what looks like a My Number or an insurance 記号・番号. */
export const freeText = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(
      z
        .string()
        .max(max, `${max}文字以内で入力してください`)
        .superRefine((text, ctx) => {
          const found = findForbiddenNumber(text)
          if (found) ctx.addIssue({ code: 'custom', message: found.message })
        })
    )

const isoDate = (what: string) =>
  z
    .string()
    .trim()
    .refine((s) => isValidIsoDate(s), `${what}を選ぶか、2026-11-25 のように入力してください`)

// Stored in katakana whatever kana was typed.
const optionalKana = (what: string) =>
  freeText(60)
    .refine((s) => s === '' || isKatakanaReading(s), `${what}はカタカナまたはひらがなで入力してください`)
    .transform(normalizeKana)

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v)

export const ANONYMOUS_NAME = '匿名'

/** A complaint or consultation logged without a name: contact details given are kept. */
function anonymousPerson(p: PersonInfo): PersonInfo {
  return { ...p, name: ANONYMOUS_NAME, nameKana: '', birthDate: '', patientNo: '' }
}

/** Whether a stored person was logged anonymously (for filling the correction form). */
export function isAnonymousPerson(p: PersonInfo): boolean {
  return p.name === ANONYMOUS_NAME && p.birthDate === ''
}

/** `fromLedger`: an old ledger never recorded the bereaved relationship, so an import does not ask for it. */
export function makeIntakeSchema(today: string, options: { fromLedger?: boolean } = {}) {
  return z
    .object({
      receivedOn: isoDate('受付日')
        .refine((d) => d <= today, '受付日に未来の日付は入力できません')
        .refine((d) => !isValidIsoDate(d) || d > today || receiptDateOk(d, today), RECEIPT_DATE_MESSAGE),
      channel: z.enum(ids(CHANNELS), { error: '受付方法を選んでください' }),
      kind: z.enum(REQUEST_KIND_IDS, { error: '請求の種類を選んでください' }),
      /** 苦情・相談 only (catalogue): no name, reading or birth date is asked. */
      anonymous: z.boolean().optional(),
      person: z.object({
        // Required unless anonymous: checked below, where the kind is known.
        name: freeText(60),
        nameKana: optionalKana('フリガナ'),
        birthDate: typedDate('生年月日')
          .refine((d) => d === '' || d <= today, '生年月日に未来の日付は入力できません')
          .refine((d) => d === '' || d > today || birthDateOk(d, today), BIRTH_DATE_MESSAGE),
        patientNo: z
          .string()
          .transform(normalizePatientNo)
          .pipe(freeText(20))
          .refine((s) => /^[0-9A-Za-z-]*$/.test(s), '診察券番号は英数字とハイフンで入力してください'),
        postalCode: postalCode(),
        address: freeText(200),
        phone: phoneNumber(true),
        email: email()
      }),
      requester: z.object({
        type: z.enum(ids(REQUESTER_TYPES), { error: '請求者の区分を選んでください' }),
        agentName: freeText(60),
        agentKana: optionalKana('代理人のフリガナ'),
        relation: freeText(40),
        postalCode: postalCode(),
        address: freeText(200),
        phone: phoneNumber(true),
        email: email(),
        // A select left at its first option gives ''.
        bereavedRelation: z.preprocess(emptyToUndefined, z.enum(ids(BEREAVED_RELATIONS)).optional()),
        minorView: z.preprocess(emptyToUndefined, z.enum(ids(MINOR_VIEWS)).optional())
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
      if (!(v.anonymous === true && kind.allowsAnonymous)) {
        const missing = (field: keyof PersonInfo, message: string) => {
          if (v.person[field] === '') ctx.addIssue({ code: 'custom', path: ['person', field], message })
        }
        missing('name', '氏名を入力してください')
        missing('nameKana', 'フリガナを入力してください')
        missing('birthDate', '生年月日を入力してください(例: S30.5.10、1955-05-10)')
      }
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
      if (v.kind === 'bereaved' && !asksAsBereaved(v.requester.type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['requester', 'type'],
          message: '遺族への診療情報の提供では、請求者の区分を「遺族」または「遺族の法定代理人」にしてください'
        })
      }
      // 指針 9: only the spouse, children, parents and those like them may ask as the bereaved.
      if (
        options.fromLedger !== true &&
        asksAsBereaved(v.requester.type) &&
        v.requester.bereavedRelation === undefined
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['requester', 'bereavedRelation'],
          message: '遺族の続柄(配偶者・子・父母・これらに準ずる者)を選んでください'
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
    .transform(({ anonymous, ...v }): IntakeData => {
      const kind = kindById(v.kind)
      const self = v.requester.type === 'self'
      const person = anonymous === true && kind.allowsAnonymous ? anonymousPerson(v.person) : v.person
      // Fields that do not fit the kind are dropped, never stored (APPI 38条: fees only where the law allows).
      return {
        ...v,
        person,
        requester: self ? SELF_REQUESTER : requesterAsStored(v.requester, v.person.birthDate, v.receivedOn),
        dataCategories: kind.asksDataCategories ? v.dataCategories : [],
        requestGrounds: kind.requestGroundSet ? v.requestGrounds : [],
        disclosureMethod: kind.asksDisclosureMethod ? v.disclosureMethod : null,
        fee: kind.feeAllowed ? v.fee : null
      }
    })
}

export type IntakeInput = z.input<ReturnType<typeof makeIntakeSchema>>
