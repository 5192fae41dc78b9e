// One leak incident: its deadlines, report items, submissions, notices and the requests that cite it.
import { Link, useParams } from 'react-router'
import { getIncident, updateIncident, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { useScreenDate } from '../../app/useScreenDate'
import { incidentDeadlines, splitKnownAt } from '../../domain/incidents/deadlines'
import { SaveMessage, useSave } from '../records/useSave'
import { LinkedRequests } from './LinkedRequests'
import { NoticesPanel } from './NoticesPanel'
import { ReportDue } from './ReportDue'
import { ReportForm } from './ReportForm'
import { SubmissionsPanel } from './SubmissionsPanel'
import './incidents.css'

export function IncidentPage() {
  const { id = '' } = useParams()
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const today = useToday()
  const date = useScreenDate()
  const save = useSave()
  const incident = useLiveQuery(async () => (await getIncident(ctx, id)) ?? null, [ctx, id])
  if (actor.role !== 'manager') return <p role="alert">漏えい等の事案は管理者のみが扱えます。</p>
  if (incident === undefined) return <p className="loading">読み込み中…</p>
  if (incident === null)
    return (
      <p role="alert">
        この事案は見つかりません。<Link to="/incidents">事案の一覧に戻る</Link>
      </p>
    )
  const d = incidentDeadlines(incident, settings.records.preliminaryReportDays, settings.deadline)
  const known = splitKnownAt(incident.knownAt)
  const toggleClosed = () =>
    save.run(incident.closed ? '対応中に戻しました。' : '完了にしました。', () =>
      updateIncident(
        ctx,
        actor,
        incident.id,
        { closed: !incident.closed },
        incident.closed ? '対応中に戻す' : '完了にする'
      )
    )
  return (
    <article className="records-page" aria-labelledby="incident-title">
      <div className="page-head">
        <h1 id="incident-title">{incident.title}</h1>
        <Link to="/incidents">事案の一覧に戻る</Link>
      </div>
      <dl className="summary">
        <div>
          <dt>把握した日時</dt>
          <dd>
            {date(known.on)} {known.time}
          </dd>
        </div>
        <div>
          <dt>速報の目標日</dt>
          <dd>
            <ReportDue on={d.preliminaryOn} done={d.preliminaryDone} today={today} closed={incident.closed} />
          </dd>
        </div>
        <div>
          <dt>確報の期限</dt>
          <dd>
            <ReportDue on={d.finalOn} done={d.finalDone} today={today} closed={incident.closed} />
          </dd>
        </div>
        <div>
          <dt>状態</dt>
          <dd>{incident.closed ? '完了' : '対応中'}</dd>
        </div>
      </dl>
      <p className="actions">
        <Link to={`/incidents/${incident.id}/print`}>A4で印刷する</Link>
        <button type="button" className="secondary" onClick={() => void toggleClosed()} disabled={save.busy}>
          {incident.closed ? '対応中に戻す' : '完了にする'}
        </button>
      </p>
      <SaveMessage state={save} />
      <ReportForm key={incident.updatedAt} incident={incident} />
      <SubmissionsPanel incident={incident} today={today} />
      <NoticesPanel key={`n-${incident.updatedAt}`} incident={incident} today={today} />
      <LinkedRequests incident={incident} />
    </article>
  )
}
