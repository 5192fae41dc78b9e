// 「保有個人データの開示等の請求手続のご案内」: the published procedure (APPI 32条1項, 37・38条) as printed sections.
import { formatJapaneseDate } from '../calendar'
import { DISCLOSURE_METHODS, labelOf } from '../catalogue'
import type { ProcedureVersion } from '../records/procedure'
import type { Settings } from '../settings'

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`

export function procedureGuideSections(v: ProcedureVersion, settings: Settings) {
  const f = v.fees
  return [
    {
      heading: '1 請求等の種類',
      lines: ['利用目的の通知、開示(第三者提供記録を含む)、訂正・追加・削除、利用停止・消去、第三者提供の停止']
    },
    { heading: '2 請求先', lines: v.whereToApply.split('\n') },
    { heading: '3 請求書の様式', lines: v.forms.split('\n') },
    { heading: '4 ご本人・代理人であることの確認', lines: v.identityDocs.split('\n') },
    {
      heading: '5 手数料(利用目的の通知・開示の請求のみ。訂正・利用停止等は無料です)',
      lines: [
        `1件につき ${yen(f.perRequest)}`,
        `写しの作成 白黒1枚 ${yen(f.perPageBw)}、カラー1枚 ${yen(f.perPageColour)}`,
        `記録媒体(CD-R等)1枚 ${yen(f.perDisc)}`,
        ...(f.postage > 0 ? [`郵送による場合 郵送料 ${yen(f.postage)}`] : []),
        ...(f.explanationPer30Min > 0 ? [`医師による説明をご希望の場合 30分ごとに ${yen(f.explanationPer30Min)}`] : []),
        ...(v.feePayment.trim() === '' ? [] : [`お支払方法: ${v.feePayment}`])
      ]
    },
    {
      heading: '6 開示の方法',
      lines: [
        `次の方法からお選びいただけます: ${v.methods.map((m) => labelOf(DISCLOSURE_METHODS, m)).join('、')}`,
        'ご指定の方法による開示に多額の費用を要する場合その他困難な場合は、書面の交付による開示とし、その旨をお知らせします。'
      ]
    },
    { heading: '7 苦情の申出先', lines: v.complaintWindow.split('\n') },
    {
      heading: '8 この案内について',
      lines: [`${formatJapaneseDate(v.effectiveFrom, settings.dateStyle)}から適用します。`]
    }
  ]
}
