// The items of 「本人確認書類ご提出のお願い」 (SPEC.md step 2): which documents, for the person or an agent,
// how to send them — and never a My Number or an insurance 記号・番号 (the register must not hold them).
import type { RequestRecord } from '../request'
import type { Settings } from '../settings'
import type { LetterItem } from './content'
import { contactItem, requestItem } from './decisionItems'

const ID_ONE_OR_TWO =
  '顔写真付きのもの1点（運転免許証、マイナンバーカード、パスポート、在留カード等）、又は顔写真のないもの2点（健康保険の資格確認書、年金手帳、住民票の写し等）'

function documentLines(r: RequestRecord): string[] {
  switch (r.requester.type) {
    case 'self':
      return ['ご本人の本人確認書類', ID_ONE_OR_TWO]
    case 'legalAgent':
      return [
        '(1)法定代理人ご自身の本人確認書類',
        `\u3000${ID_ONE_OR_TWO}`,
        '(2)法定代理人であることを確認できる書類（戸籍謄本、登記事項証明書等で、発行から3か月以内のもの）'
      ]
    case 'voluntaryAgent':
      return ['(1)代理人ご自身の本人確認書類', `\u3000${ID_ONE_OR_TWO}`, '(2)ご本人が署名又は記名押印した委任状']
    case 'bereaved':
      return [
        '(1)お申出をされる方ご自身の本人確認書類',
        `\u3000${ID_ONE_OR_TWO}`,
        '(2)亡くなられた方とのご関係を確認できる書類（戸籍謄本等）'
      ]
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
        '郵送の場合は、書類の写しをお送りください。',
        'マイナンバーカードは表面の写しのみをお送りください。個人番号（マイナンバー）や健康保険の被保険者記号・番号が写っている場合は、その部分を黒く塗りつぶしてください。',
        '書類をご提出いただくまでの間、お手続きを保留させていただきます。'
      ]
    },
    { heading: 'ご提出先', lines: [...sendTo, '窓口へお持ちいただくか、郵送でお送りください。'] },
    contactItem(settings)
  ]
}
