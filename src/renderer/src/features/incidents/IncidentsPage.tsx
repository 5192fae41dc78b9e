// Leak incidents (APPI 26条) for a manager: every incident with its report deadlines, and opening a new one.
import { Link } from 'react-router'
import { listIncidents, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { useScreenDate } from '../../app/useScreenDate'
import { incidentDeadlines, splitKnownAt } from '../../domain/incidents/deadlines'
import { OpenIncidentForm } from './OpenIncidentForm'
import { ReportDue } from './ReportDue'
import './incidents.css'

// 'YYYY-MM-DD HH:mm' in Japan time whatever the PC's zone (the sv-SE locale writes ISO-like stamps).
const tokyoMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit'
})

function nowInTokyo(): string {
  return tokyoMinute.format(new Date()).replace(' ', 'T')
}

export function IncidentsPage() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const today = useToday()
  const date = useScreenDate()
  const incidents = useLiveQuery(() => listIncidents(ctx), [ctx])
  if (actor.role !== 'manager') return <p role="alert">漏えい等の事案は管理者のみが扱えます。</p>
  const days = settings.records.preliminaryReportDays
  return (
    <section aria-labelledby="incidents-title" className="records-page">
      <h1 id="incidents-title">漏えい等の事案</h1>
      <p className="muted">
        個人データの漏えい・滅失・毀損(おそれを含む)を把握したら登録します。報告対象なら速報は把握から{days}
        営業日以内、確報は30日以内(不正の目的によるものは60日以内)です。
      </p>
      <table className="history">
        <thead>
          <tr>
            <th scope="col">事案</th>
            <th scope="col">把握日</th>
            <th scope="col">速報</th>
            <th scope="col">確報</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          {(incidents ?? []).map((i) => {
            const d = incidentDeadlines(i, days, settings.deadline)
            return (
              <tr key={i.id}>
                <td>
                  <Link to={`/incidents/${i.id}`}>{i.title}</Link>
                </td>
                <td>{date(splitKnownAt(i.knownAt).on)}</td>
                <td>
                  <ReportDue on={d.preliminaryOn} done={d.preliminaryDone} today={today} closed={i.closed} />
                </td>
                <td>
                  <ReportDue on={d.finalOn} done={d.finalDone} today={today} closed={i.closed} />
                </td>
                <td>{i.closed ? '完了' : '対応中'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {incidents?.length === 0 && <p className="muted">登録された事案はありません。</p>}
      <OpenIncidentForm now={nowInTokyo()} />
    </section>
  )
}
