// The home page's list for managers: open leak incidents whose 速報 or 確報 is still due, with days left and in red
// once overdue. Shown only while such an incident exists.
import { Link } from 'react-router'
import { openIncidents, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { incidentDeadlines } from '../../domain/incidents/deadlines'
import { ReportDue } from './ReportDue'

export function IncidentDeadlines({ today }: { today: string }) {
  const ctx = useDb()
  const settings = useSettings()
  const incidents = useLiveQuery(() => openIncidents(ctx), [ctx])
  const due = (incidents ?? [])
    .map((i) => ({ i, d: incidentDeadlines(i, settings.records.preliminaryReportDays, settings.deadline) }))
    .filter(({ d }) => d.reportable && !(d.preliminaryDone && d.finalDone))
  if (due.length === 0) return null
  return (
    <section className="dash dash-danger prominent" aria-labelledby="dash-incidents-title">
      <h2 id="dash-incidents-title">
        漏えい等の報告期限<span className="dash-count">{`${due.length}件`}</span>
      </h2>
      <ul className="dash-list">
        {due.map(({ i, d }) => (
          <li key={i.id}>
            <Link to={`/incidents/${i.id}`}>{i.title}</Link>
            <span>
              速報 <ReportDue on={d.preliminaryOn} done={d.preliminaryDone} today={today} closed={false} />
            </span>
            <span>
              確報 <ReportDue on={d.finalOn} done={d.finalDone} today={today} closed={false} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
