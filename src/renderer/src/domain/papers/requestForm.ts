// The blank 開示等請求書 a person fills in at the counter or at home, generated from the catalogue and settings so
// it offers exactly the kinds, methods and fees the app records. One form: the person ticks the kind.
// It never asks why the person wants their data (MHLW guidance: asking the purpose is inappropriate).
import { DATA_CATEGORIES, DISCLOSURE_METHODS, REQUESTER_TYPES, REQUEST_KINDS } from '../catalogue'
import { identityRequirements } from '../identityDocs'
import type { Settings } from '../settings'
import { yen } from '../letters/wording'

export interface RequestForm {
  title: string
  /** To whom the form is addressed: the clinic's corporation and name. */
  addressee: string
  /** The kinds a person can ask for, with the article, as tick boxes (complaints and questions need no form). */
  kinds: { label: string; article: string }[]
  requesterTypes: string[]
  dataCategories: string[]
  /** APPI 33条1項: the person chooses how disclosure is made, from the methods the clinic offers. */
  methods: string[]
  /** APPI 38条: fees only for 利用目的の通知 and 開示. */
  fees: string[]
  /** What to bring or send, per requester. */
  documents: { heading: string; lines: string[] }[]
  contact: string[]
}

const NO_FORM = new Set(['complaint', 'inquiry'])

function articleText(article: string): string {
  return /^\d/.test(article) ? `個人情報保護法${article}` : article.replace(/^\(|\)$/g, '')
}

export function buildRequestForm(settings: Settings): RequestForm {
  const h = settings.letterhead
  const feeLine = (label: string, amount: number) => `${label}: ${amount > 0 ? `1件 ${yen(amount)}` : '無料'}`
  return {
    title: '保有個人データ開示等請求書',
    addressee: [h.corporationName, h.clinicName].filter((s) => s.trim() !== '').join(' '),
    kinds: REQUEST_KINDS.filter((k) => !NO_FORM.has(k.id)).map((k) => ({
      label: k.label,
      article: articleText(k.article)
    })),
    requesterTypes: REQUESTER_TYPES.map((t) => t.label),
    dataCategories: DATA_CATEGORIES.map((c) => c.label),
    methods: DISCLOSURE_METHODS.map((m) => m.label),
    fees: [
      feeLine('利用目的の通知', settings.fees.purpose),
      feeLine('開示(第三者提供記録を含む)', settings.fees.disclosure),
      'そのほかの請求: 無料'
    ],
    documents: REQUESTER_TYPES.map((t) => ({
      heading: `${t.label}が窓口で請求する場合`,
      lines: identityRequirements('counter', t.id).lines.slice()
    })).concat({
      heading: '郵送で請求する場合(本人)',
      lines: identityRequirements('post', 'self').lines.slice()
    }),
    contact: [h.windowName, `電話 ${h.phone}`]
  }
}
