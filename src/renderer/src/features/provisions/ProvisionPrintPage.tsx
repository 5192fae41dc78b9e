// The register of provision and receipt records on A4, or (for a 第三者提供記録の開示 request) the records of
// that person, printed as the enclosure (別紙) of the decision letter.
import { Link, useParams } from 'react-router'
import { getRequest, listProvisionRecords, provisionRecordsOf, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { formatShortDate } from '../../domain/calendar'
import { ProvisionSheetTable } from '../../print/records/ProvisionSheetTable'
import { RecordSheet } from '../../print/records/RecordSheet'
import { PrintBar } from '../records/PrintBar'
import '../incidents/incidents.css'

export function ProvisionPrintPage() {
  const { id } = useParams()
  const ctx = useDb()
  const settings = useSettings()
  const today = useToday()
  const data = useLiveQuery(async () => {
    if (id === undefined) return { request: null, rows: await listProvisionRecords(ctx) }
    const request = (await getRequest(ctx, id)) ?? null
    return { request, rows: request ? await provisionRecordsOf(ctx, request.person) : [] }
  }, [ctx, id])
  if (data === undefined) return <p className="loading">読み込み中…</p>
  const { request, rows } = data
  const title = request ? `第三者提供記録(${request.receiptNo} 別紙)` : '提供記録・確認記録簿'
  return (
    <section aria-label={`${title}(A4)`}>
      <div className="no-print print-bar">
        <h1>{title}</h1>
        <Link to={request ? `/requests/${request.id}` : '/provisions'}>戻る</Link>
      </div>
      <PrintBar
        fileName={title}
        audit={
          request
            ? { entity: 'request', entityId: request.id, summary: '第三者提供記録(別紙)' }
            : { entity: 'provision', entityId: 'provisions', summary: '提供記録・確認記録簿' }
        }
      />
      <RecordSheet
        title={title}
        subtitle={[
          settings.letterhead.corporationName,
          request ? `${request.person.name} 様に係る記録 ${rows.length}件` : `${rows.length}件`,
          `出力日 ${formatShortDate(today)}`
        ]}
        sections={rows.length === 0 ? [{ heading: '記録', lines: ['該当する記録はありません。'] }] : []}
      >
        {rows.length > 0 && <ProvisionSheetTable rows={rows} />}
      </RecordSheet>
    </section>
  )
}
