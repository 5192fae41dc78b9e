// One request: every field staff recorded, its deadline marks and its history from the audit trail.
import { useParams, useLocation, Link } from 'react-router'
import { getRequest, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useToday } from '../../app/useToday'
import { kindById } from '../../domain/catalogue'
import { formatShortDate } from '../../domain/calendar'
import { statusLabel } from '../../domain/status'
import { DeadlineBadge } from './DeadlineBadge'
import { RequestDetails } from './RequestDetails'
import { HistoryList } from '../audit/HistoryList'
import { WorkflowPanel } from '../workflow/WorkflowPanel'
import { LettersPanel } from '../letters/LettersPanel'
import { CitedIncidents } from '../incidents/CitedIncidents'
import { RequestProvisionRecords } from '../provisions/RequestProvisionRecords'
import { RequestProcedure } from '../procedure/RequestProcedure'
import { useRecordView } from './useRecordView'

export function RequestPage() {
  const { id = '' } = useParams()
  const ctx = useDb()
  const today = useToday()
  const location = useLocation()
  const justSaved = (location.state as { justSaved?: string } | null)?.justSaved
  const record = useLiveQuery(async () => (await getRequest(ctx, id)) ?? null, [ctx, id])
  useRecordView(id, record?.receiptNo)
  if (record === undefined) return <p className="loading">読み込み中…</p>
  if (record === null)
    return (
      <p role="alert">
        この請求は見つかりません。<Link to="/register">受付簿に戻る</Link>
      </p>
    )
  return (
    <article className="request" aria-labelledby="request-title">
      {justSaved && record.updatedAt === record.createdAt && (
        <p className="notice" role="status">
          受付番号 {justSaved} で登録しました。
        </p>
      )}
      <div className="page-head">
        <h1 id="request-title">
          {record.receiptNo} {kindById(record.kind).label}
        </h1>
        <Link to="/register">受付簿に戻る</Link>
      </div>
      <dl className="summary">
        <div>
          <dt>状態</dt>
          <dd>{statusLabel(record.status)}</dd>
        </div>
        <div>
          <dt>受付日</dt>
          <dd>{formatShortDate(record.receivedOn)}</dd>
        </div>
        <div>
          <dt>目標日</dt>
          <dd>
            {formatShortDate(record.dueOn)} <DeadlineBadge record={record} today={today} />
          </dd>
        </div>
        <div>
          <dt>法定の目安(受付+14日)</dt>
          <dd>{formatShortDate(record.statutoryOn)}</dd>
        </div>
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
