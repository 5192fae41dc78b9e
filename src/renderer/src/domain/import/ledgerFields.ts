// The register's fields an old ledger's columns can be mapped to, with the headings Japanese ledgers use for
// each, so a first mapping is guessed and staff only correct it.
export const LEDGER_FIELD_IDS = [
  'legacyReceiptNo',
  'receivedOn',
  'channel',
  'kind',
  'name',
  'nameKana',
  'birthDate',
  'patientNo',
  'postalCode',
  'address',
  'phone',
  'email',
  'requesterType',
  'agentName',
  'agentKana',
  'relation',
  'dataCategories',
  'disclosureMethod',
  'fee',
  'details',
  'status',
  'notifiedOn',
  'closedOn'
] as const
export type LedgerFieldId = (typeof LEDGER_FIELD_IDS)[number]

export interface LedgerField {
  readonly id: LedgerFieldId
  readonly label: string
  readonly required: boolean
  /** Column headings that mean this field, compared without spaces and brackets. */
  readonly headings: readonly string[]
}

const f = (id: LedgerFieldId, label: string, headings: string[], required = false): LedgerField => ({
  id,
  label,
  required,
  headings: [label, ...headings]
})

export const LEDGER_FIELDS: readonly LedgerField[] = [
  f('legacyReceiptNo', '台帳の受付番号', ['受付番号', '受付No', '番号', 'No']),
  f('receivedOn', '受付日', ['受付年月日', '受付日付', '請求日'], true),
  f('channel', '受付方法', ['方法', '受付経路', '経路']),
  f('kind', '請求の種類', ['種類', '種別', '請求種別', '請求内容'], true),
  f('name', '氏名', ['患者氏名', '本人氏名', '名前'], true),
  f('nameKana', 'フリガナ', ['ふりがな', 'カナ', '氏名カナ', 'フリガナ(本人)'], true),
  f('birthDate', '生年月日', ['誕生日'], true),
  f('patientNo', '診察券番号', ['患者番号', 'カルテ番号', '患者ID']),
  f('postalCode', '郵便番号', ['〒']),
  f('address', '住所', ['本人住所']),
  f('phone', '電話番号', ['電話', 'TEL', '連絡先']),
  f('email', 'メールアドレス', ['メール', 'Eメール', 'E-mail']),
  f('requesterType', '請求者', ['請求者区分', '請求者の区分']),
  f('agentName', '請求者の氏名', ['代理人', '代理人氏名', '請求者氏名']),
  f('agentKana', '請求者のフリガナ', ['代理人フリガナ', '請求者フリガナ']),
  f('relation', '本人との関係', ['続柄', '関係']),
  f('dataCategories', '対象となる情報', ['対象', '対象情報']),
  f('disclosureMethod', '開示の方法', ['開示方法']),
  f('fee', '手数料', ['手数料(円)']),
  f('details', '備考', ['メモ', '詳細']),
  f('status', '状態', ['ステータス', '対応状況']),
  f('notifiedOn', '通知日', ['回答日', '通知年月日']),
  f('closedOn', '完了日', ['終了日', '完了年月日'])
]

/** Column index per field; null where the ledger has no such column. */
export type ColumnMapping = Readonly<Record<LedgerFieldId, number | null>>

const key = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s()・.#]/gu, '')
    .toLowerCase()

/**
 * The mapping for a ledger's header row: a remembered mapping (by heading) wins where its heading is present,
 * then the known headings; each column is used once.
 */
export function guessMapping(
  headers: readonly string[],
  remembered: Partial<Record<string, string>> = {}
): ColumnMapping {
  const used = new Set<number>()
  const keys = headers.map(key)
  const out = {} as Record<LedgerFieldId, number | null>
  for (const field of LEDGER_FIELDS) {
    const rememberedHeading = remembered[field.id]
    const candidates = rememberedHeading !== undefined ? [rememberedHeading, ...field.headings] : field.headings
    let found: number | null = null
    for (const h of candidates) {
      const i = keys.indexOf(key(h))
      if (i >= 0 && !used.has(i)) {
        found = i
        break
      }
    }
    if (found !== null) used.add(found)
    out[field.id] = found
  }
  return out
}

/** The mapping as headings, to remember for the next file (columns may move; headings stay). */
export function mappingByHeading(mapping: ColumnMapping, headers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const id of LEDGER_FIELD_IDS) {
    const i = mapping[id]
    const h = i === null ? undefined : headers[i]
    if (h !== undefined) out[id] = h
  }
  return out
}
