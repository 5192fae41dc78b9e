// The first version's prefill, from the clinic's letterhead; later versions start from the one before.
import type { ProcedureForm } from '../../domain/procedure/forms'
import type { ProcedureVersion } from '../../domain/records/procedure'
import type { Settings } from '../../domain/settings'

export function procedurePrefill(
  latest: ProcedureVersion | undefined,
  settings: Settings,
  today: string
): ProcedureForm {
  if (latest) {
    const { whereToApply, forms, identityDocs, feePayment, fees, methods, complaintWindow } = latest
    return { effectiveFrom: today, whereToApply, forms, identityDocs, feePayment, fees, methods, complaintWindow }
  }
  const h = settings.letterhead
  const window = `${h.windowName}(${h.address} 電話 ${h.phone})`
  return {
    effectiveFrom: today,
    whereToApply: window,
    forms: '当院所定の「保有個人データ開示等請求書」(窓口で配布、またはホームページから印刷)',
    identityDocs:
      '窓口: 顔写真付きの本人確認書類1点、または顔写真のない書類2点。郵送: 本人確認書類の写し2点。代理人: 委任状または戸籍謄本等と代理人の本人確認書類。',
    feePayment: '窓口で現金、または郵便定額小為替',
    fees: {
      perRequest: settings.fees.disclosure,
      perPageBw: 10,
      perPageColour: 50,
      perDisc: 300,
      postage: 0,
      explanationPer30Min: 0
    },
    methods: ['electronic', 'paper'],
    complaintWindow: window
  }
}
