// 「保有個人データの開示等の請求手続のご案内」 for the wall and the website, from one version of the procedure.
import { Link, useParams } from 'react-router'
import { getProcedureVersion, listProcedureVersions, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { formatJapaneseDate } from '../../domain/calendar'
import { procedureGuideSections } from '../../domain/procedure/guide'
import { versionNumber } from '../../domain/procedure/rules'
import { RecordSheet } from '../../print/records/RecordSheet'
import { PrintBar } from '../records/PrintBar'
import '../incidents/incidents.css'

const TITLE = '保有個人データの開示等の請求手続のご案内'

export function ProcedurePrintPage() {
  const { id = '' } = useParams()
  const ctx = useDb()
  const settings = useSettings()
  const data = useLiveQuery(
    async () => ({ version: (await getProcedureVersion(ctx, id)) ?? null, all: await listProcedureVersions(ctx) }),
    [ctx, id]
  )
  if (data === undefined) return <p className="loading">読み込み中…</p>
  if (data.version === null) return <p role="alert">この版は見つかりません。</p>
  const v = data.version
  const h = settings.letterhead
  return (
    <section aria-label={`${TITLE}(A4)`}>
      <div className="no-print print-bar">
        <h1>{TITLE}</h1>
        <Link to="/procedure">請求手続に戻る</Link>
      </div>
      <PrintBar fileName={TITLE} audit={{ entity: 'procedure', entityId: v.id, summary: TITLE }} />
      <RecordSheet
        title={TITLE}
        subtitle={[
          [h.corporationName, h.clinicName].filter(Boolean).join(' '),
          `第${versionNumber(data.all, v.id)}版 ${formatJapaneseDate(v.effectiveFrom, settings.dateStyle)}施行`
        ]}
        sections={procedureGuideSections(v, settings)}
      />
    </section>
  )
}
