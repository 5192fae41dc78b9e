// On a request's page: the leak incidents it cites (利用停止等 grounds (5)–(8)); nothing when there are none.
import { Link } from 'react-router'
import { incidentsForRequest, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'

export function CitedIncidents({ requestId }: { requestId: string }) {
  const ctx = useDb()
  const incidents = useLiveQuery(() => incidentsForRequest(ctx, requestId), [ctx, requestId])
  if (!incidents?.length) return null
  return (
    <section aria-labelledby="cited-incidents-title">
      <h2 id="cited-incidents-title">理由とする漏えい等の事案</h2>
      <ul>
        {incidents.map((i) => (
          <li key={i.id}>
            <Link to={`/incidents/${i.id}`}>{i.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
