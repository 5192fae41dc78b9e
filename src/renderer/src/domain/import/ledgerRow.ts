// One row of an old ledger, checked by the same intake schema as the counter's form, plus how it ended.
// Every problem is a Japanese message naming the column, so staff can fix the file or leave the row out.
import { isValidIsoDate } from '../calendar'
import {
  CHANNELS,
  DATA_CATEGORIES,
  DISCLOSURE_METHODS,
  REQUESTER_TYPES,
  REQUEST_KINDS,
  type RequestKindId
} from '../catalogue'
import { makeIntakeSchema } from '../intakeSchema'
import { SELF_REQUESTER } from '../request'
import type { IntakeData } from '../request'
import { LEDGER_FIELDS, type ColumnMapping, type LedgerFieldId } from './ledgerFields'

/** How a past request ended, when the ledger says it did. */
export type LedgerEnd =
  { status: 'closed'; notifiedOn: string; closedOn: string } | { status: 'withdrawn'; closedOn: string }

export interface LedgerRecord {
  intake: IntakeData
  legacyReceiptNo: string
  end: LedgerEnd | null
}

export type RowResult = { ok: true; record: LedgerRecord } | { ok: false; errors: string[] }

const norm = (s: string) => s.normalize('NFKC').replace(/[\s()（）]/gu, '')

/** A label from a catalogue, matched loosely (full/half width, spaces, brackets), or by its id. */
function pick<T extends { readonly id: string; readonly label: string }>(
  list: readonly T[],
  text: string
): T | undefined {
  const t = norm(text)
  return list.find((x) => norm(x.label) === t || x.id === text.trim())
}

/** Short names ledgers use for a kind. */
const KIND_ALIASES: Readonly<Record<string, RequestKindId>> = {
  開示: 'disclosure',
  開示請求: 'disclosure',
  利用目的: 'purpose',
  訂正: 'correction',
  利用停止: 'suspension',
  苦情: 'complaint',
  相談: 'inquiry'
}

/** '2026/11/5', '2026-11-05', '2026年11月5日' → '2026-11-05'; anything else is returned unchanged (and fails). */
export function ledgerDate(text: string): string {
  const m = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/u.exec(text.normalize('NFKC').trim())
  return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : text.trim()
}

const label = (id: LedgerFieldId) => LEDGER_FIELDS.find((f) => f.id === id)?.label ?? id

// Building the intake schema costs about a millisecond (zod defines every check anew): built once per day for the
// whole ledger, not for each of its 10,000 rows.
let built: { today: string; schema: ReturnType<typeof makeIntakeSchema> } | undefined
function ledgerSchema(today: string): ReturnType<typeof makeIntakeSchema> {
  if (built?.today !== today) built = { today, schema: makeIntakeSchema(today, { fromLedger: true }) }
  return built.schema
}

export function parseLedgerRow(cells: readonly string[], mapping: ColumnMapping, today: string): RowResult {
  const get = (id: LedgerFieldId) => {
    const i = mapping[id]
    return i === null ? '' : (cells[i] ?? '').trim()
  }
  const errors: string[] = []
  const lookup = <T extends { readonly id: string; readonly label: string }>(
    id: LedgerFieldId,
    list: readonly T[],
    fallback: T['id'] | null,
    aliases: Readonly<Record<string, T['id']>> = {}
  ): T['id'] | null => {
    const text = get(id)
    if (text === '') return fallback
    const found = pick(list, text)?.id ?? aliases[norm(text)]
    if (found === undefined)
      errors.push(`${label(id)}「${text}」が分かりません(${list.map((x) => x.label).join('・')})`)
    return found ?? fallback
  }
  const kind = lookup('kind', REQUEST_KINDS, null, KIND_ALIASES)
  const channel = lookup('channel', CHANNELS, 'counter')
  const requesterType = lookup('requesterType', REQUESTER_TYPES, 'self')
  const method = lookup('disclosureMethod', DISCLOSURE_METHODS, null)
  const categories = get('dataCategories')
    .split(/[、,，・/／\s]+/u)
    .filter((s) => s !== '')
  const known = categories.map((c) => pick(DATA_CATEGORIES, c)?.id)
  const feeText = get('fee').normalize('NFKC').replace(/[,円]/gu, '')
  const input = {
    receivedOn: ledgerDate(get('receivedOn')),
    channel,
    kind,
    person: {
      name: get('name'),
      nameKana: get('nameKana'),
      birthDate: ledgerDate(get('birthDate')),
      patientNo: get('patientNo').normalize('NFKC'),
      postalCode: get('postalCode').normalize('NFKC').replace(/^〒/u, ''),
      address: get('address'),
      phone: get('phone').normalize('NFKC'),
      email: get('email')
    },
    requester: {
      ...SELF_REQUESTER,
      type: requesterType,
      agentName: get('agentName'),
      agentKana: get('agentKana'),
      relation: get('relation')
    },
    dataCategories: known.filter((c) => c !== undefined),
    // Categories the catalogue does not know are kept as the ledger wrote them.
    dataOther: categories.filter((_, i) => known[i] === undefined).join('、'),
    requestGrounds: [],
    disclosureMethod: method,
    fee: feeText === '' ? null : Number(feeText),
    details: get('details')
  }
  const parsed = ledgerSchema(today).safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // The enum checks repeat what lookup already said about an unknown label.
      if (issue.path[0] === 'kind' && kind !== null) continue
      errors.push(issue.message)
    }
  }
  const end = ledgerEnd(
    get('status'),
    ledgerDate(get('notifiedOn')),
    ledgerDate(get('closedOn')),
    input.receivedOn,
    today,
    errors
  )
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: [...new Set(errors)] }
  return { ok: true, record: { intake: parsed.data, legacyReceiptNo: get('legacyReceiptNo'), end } }
}

/** A past request that was answered comes in as 完了 with its dates, so the monthly logs of past months are right. */
function ledgerEnd(
  status: string,
  notifiedOn: string,
  closedOn: string,
  receivedOn: string,
  today: string,
  errors: string[]
): LedgerEnd | null {
  const s = norm(status)
  const withdrawn = /取下|取り下/u.test(s)
  const done = /完了|終了|通知済|回答済|済/u.test(s) || (s === '' && (notifiedOn !== '' || closedOn !== ''))
  if (!withdrawn && !done) {
    if (s !== '' && !/受付|対応中|未/u.test(s)) errors.push(`状態「${status}」が分かりません(完了・取下げ・対応中)`)
    return null
  }
  const checkDate = (d: string, what: string) => {
    if (!isValidIsoDate(d)) errors.push(`${what}を YYYY-MM-DD の形で入力してください(例: 2026-11-25)`)
    else if (d < receivedOn) errors.push(`${what}が受付日より前になっています`)
    else if (d > today) errors.push(`${what}に未来の日付は入力できません`)
  }
  if (withdrawn) {
    const day = closedOn || notifiedOn
    if (day === '') errors.push('取下げの行には完了日を入力してください')
    else checkDate(day, '完了日')
    return { status: 'withdrawn', closedOn: day }
  }
  const notified = notifiedOn || closedOn
  const closed = closedOn || notifiedOn
  if (notified === '') errors.push('完了した行には通知日か完了日を入力してください')
  else {
    checkDate(notified, '通知日')
    if (closed !== notified) checkDate(closed, '完了日')
  }
  return { status: 'closed', notifiedOn: notified, closedOn: closed }
}
