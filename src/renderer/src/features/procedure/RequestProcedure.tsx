// On a request's page: the version of the published procedure in force on its 受付日, and the fee it sets.
import { Link } from 'react-router'
import { listProcedureVersions, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useScreenDate } from '../../app/useScreenDate'
import { procedureInForce, versionNumber } from '../../domain/procedure/rules'
import { kindById } from '../../domain/catalogue'
import type { RequestRecord } from '../../domain/request'
import { FeeCalculator } from './FeeCalculator'

export function RequestProcedure({ record }: { record: RequestRecord }) {
  const ctx = useDb()
  const date = useScreenDate()
  const versions = useLiveQuery(() => listProcedureVersions(ctx), [ctx])
  if (versions === undefined) return null
  const v = procedureInForce(versions, record.receivedOn)
  return (
    <section aria-labelledby="request-procedure-title">
      <h2 id="request-procedure-title">適用される請求手続</h2>
      {v ? (
        <>
          <p>
            第{versionNumber(versions, v.id)}版({date(v.effectiveFrom)}施行)
            <Link to={`/procedure/${v.id}/print`}>ご案内を開く</Link>
          </p>
          {/* APPI 38条: fees only for 利用目的の通知 and 開示 */}
          {kindById(record.kind).feeAllowed && <FeeCalculator fees={v.fees} />}
        </>
      ) : (
        <p className="muted">受付日に施行されていた請求手続の版がありません(設定 → 請求手続で登録します)。</p>
      )}
    </section>
  )
}
