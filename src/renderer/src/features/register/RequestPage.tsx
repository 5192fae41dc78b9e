// One request: every field staff recorded, its deadline marks and its history from the audit trail.
import { useParams, useLocation, Link } from 'react-router'
import { readRequestRow, useLiveQuery } from '../../db'
import { DamagedRowNotice } from '../../ui/DamagedRowNotice'
import { useDb } from '../../app/services'
import { useToday } from '../../app/useToday'
import { hasStatutoryMark, kindById } from '../../domain/catalogue'
import { useScreenDate } from '../../app/useScreenDate'
import { statusLabel } from '../../domain/status'
import { DeadlineBadge } from './DeadlineBadge'
import { RequestDetails } from './RequestDetails'
import { HistoryList } from '../audit/HistoryList'
import { WorkflowPanel } from '../workflow/WorkflowPanel'
import { LettersPanel } from '../letters/LettersPanel'
import { CitedIncidents } from '../incidents/CitedIncidents'
import '../papers/papers.css'
import { RequestProvisionRecords } from '../provisions/RequestProvisionRecords'
import { RequestProcedure } from '../procedure/RequestProcedure'
import { useRecordView } from './useRecordView'
import { ConcurrentNotice } from './ConcurrentNotice'

export function RequestPage() {
  const { id = '' } = useParams()
  const ctx = useDb()
  const today = useToday()
  const date = useScreenDate()
  const location = useLocation()
  const state = location.state as { justSaved?: string; corrected?: boolean } | null
  const justSaved = state?.justSaved
  const reading = useLiveQuery(async () => (await readRequestRow(ctx, id)) ?? null, [ctx, id])
  useRecordView(id, reading?.ok === true ? reading.row.receiptNo : undefined)
  if (reading === undefined) return <p className="loading">読み込み中…</p>
  if (reading === null)
    return (
      <p role="alert">
        この請求は見つかりません。<Link to="/register">受付簿に戻る</Link>
      </p>
    )
  if (!reading.ok) return <DamagedRowNotice id={reading.damaged.id} back={<Link to="/register">受付簿に戻る</Link>} />
  const record = reading.row
  return (
    <article className="request" aria-labelledby="request-title">
      {justSaved && record.updatedAt === record.createdAt && (
        <p className="notice" role="status">
          受付番号 {justSaved} で登録しました。請求された方に
          <Link to={`/requests/${record.id}/papers/receipt`}>受付票(控え)を印刷</Link>してお渡しください。
        </p>
      )}
      {state?.corrected === true && (
        <p className="notice" role="status">
          受付内容を修正しました。変更点は下の履歴に残っています。
        </p>
      )}
      <div className="page-head">
        <h1 id="request-title">
          {record.receiptNo} {kindById(record.kind).label}
        </h1>
        <div className="page-links">
          <Link to={`/requests/${record.id}/edit`} className="button secondary-link">
            受付内容を修正
          </Link>
          <Link to="/register">受付簿に戻る</Link>
        </div>
      </div>
      <ConcurrentNotice requestId={record.id} />
      <nav className="request-papers" aria-label="印刷する書類">
        <Link to={`/requests/${record.id}/papers/receipt`}>受付票(控え)</Link>
        <Link to={`/requests/${record.id}/papers/summary`}>請求の記録を印刷(A4)</Link>
      </nav>
      <dl className="summary">
        <div>
          <dt>状態</dt>
          <dd>{statusLabel(record.status)}</dd>
        </div>
        <div>
          <dt>受付日</dt>
          <dd>{date(record.receivedOn)}</dd>
        </div>
        <div>
          <dt>目標日</dt>
          <dd>
            {date(record.dueOn)} <DeadlineBadge record={record} today={today} />
          </dd>
        </div>
        {hasStatutoryMark(record.kind) && (
          <div>
            <dt>法定の目安(受付+14日)</dt>
            <dd>{date(record.statutoryOn)}</dd>
          </div>
        )}
      </dl>
      <WorkflowPanel record={record} />
      <LettersPanel record={record} />
      <RequestDetails record={record} />
      <CitedIncidents requestId={record.id} />
      {record.kind === 'thirdPartyRecord' && <RequestProvisionRecords record={record} />}
      <RequestProcedure record={record} />
      <HistoryList entityId={record.id} />
    </article>
  )
}
