// A request's record printed for the file on A4: the fields and each step, not the screen.
import { Link, useParams } from 'react-router'
import { getRequest, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { formatShortDate } from '../../domain/calendar'
import { kindById } from '../../domain/catalogue'
import { RequestSummaryView } from '../../print/paper/RequestSummaryView'
import { PaperActions } from './PaperActions'
import { summarySections } from './summarySections'
import './papers.css'

export function RequestSummaryPage() {
  const { id = '' } = useParams()
  const ctx = useDb()
  const settings = useSettings()
  const today = useToday()
  const record = useLiveQuery(async () => (await getRequest(ctx, id)) ?? null, [ctx, id])
  if (record === undefined) return <p className="loading">読み込み中…</p>
  if (record === null)
    return (
      <p role="alert">
        この請求は見つかりません。<Link to="/register">受付簿に戻る</Link>
      </p>
    )
  const title = `${record.receiptNo} ${kindById(record.kind).label}`
  return (
    <section className="paper-page" aria-labelledby="paper-title">
      <div className="page-head no-print">
        <h1 id="paper-title">{title} の記録(印刷用)</h1>
        <Link to={`/requests/${record.id}`}>請求の画面に戻る</Link>
      </div>
      <PaperActions
        printDirect={settings.printDirect}
        out={{
          label: '請求の記録',
          entityId: record.id,
          kind: 'summary',
          fileName: `${record.receiptNo} 請求の記録.pdf`,
          a5: false,
          payload: { receiptNo: record.receiptNo }
        }}
      />
      <RequestSummaryView
        title={`請求の記録 ${title}`}
        printedOn={formatShortDate(today)}
        sections={summarySections(record)}
      />
    </section>
  )
}
