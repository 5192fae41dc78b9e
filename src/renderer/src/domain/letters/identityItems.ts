// The items of 「本人確認書類ご提出のお願い」 (SPEC.md step 2): which documents, for the person or an agent,
// how to send them — and never a My Number or an insurance 記号・番号 (the register must not hold them).
import { assessIdentity } from '../identityDocs'
import type { RequestRecord } from '../request'
import type { Settings } from '../settings'
import type { LetterItem } from './content'
import { contactItem, requestItem } from './decisionItems'

/**
 * Exactly what is still missing, from the same assessment the identity checklist shows (channel × requester
 * type, documents already seen): a 委任状 already received is not asked for again.
 */
function documentLines(r: RequestRecord): string[] {
  // A letter is answered at the counter or by post; phone and e-mail requests send their documents by post.
  const channel = r.channel === 'counter' ? 'counter' : 'post'
  const { missing } = assessIdentity(r.identity?.documents ?? [], channel, r.requester.type, 'letter')
  if (missing.length === 0) return ['ご提出いただく書類はありません。']
  return missing.map((m, i) => `(${i + 1})${m}`)
}

/** The wording of what the documents confirm, by who asked. */
export function identityPurpose(r: Pick<RequestRecord, 'requester'>): string {
  switch (r.requester.type) {
    case 'self':
      return 'ご本人であること'
    case 'legalAgent':
    case 'voluntaryAgent':
    case 'voluntaryGuardian':
    case 'caringRelative':
      return '代理人としてのご請求であること'
    case 'bereaved':
      return 'ご遺族であること(患者様とのご関係と、亡くなられた事実)'
    case 'bereavedLegalAgent':
      return 'ご遺族の法定代理人であること(ご遺族と患者様とのご関係と、亡くなられた事実)'
  }
}

export function identityItems(r: RequestRecord, settings: Settings): LetterItem[] {
  const h = settings.letterhead
  const sendTo = [h.clinicName.trim() === '' ? h.corporationName : `${h.corporationName} ${h.clinicName}`, h.windowName]
  if (h.postalCode.trim() !== '') sendTo.unshift(`〒${h.postalCode.trim()} ${h.address}`)
  else sendTo.unshift(h.address)
  return [
    requestItem(r),
    { heading: 'ご提出いただく書類', lines: documentLines(r) },
    {
      heading: 'ご注意',
      lines: [
        '郵送の場合、本人確認書類は写しをお送りください(住民票の写しは原本をお送りください)。',
        '発行日の定めがある書類(住民票の写し、戸籍謄本、登記事項証明書等)は、発行から3か月以内のものをお送りください。',
        'マイナンバーカードは表面の写しのみをお送りください。個人番号（マイナンバー）が写っている場合は、その部分を黒く塗りつぶしてください。',
        '健康保険の資格確認書・保険証の写しは、被保険者記号・番号・保険者番号の部分を黒く塗りつぶしてからお送りください。',
        '書類をご提出いただくまでの間、お手続きを保留させていただきます。'
      ]
    },
    { heading: 'ご提出先', lines: [...sendTo, '窓口へお持ちいただくか、郵送でお送りください。'] },
    contactItem(settings)
  ]
}
