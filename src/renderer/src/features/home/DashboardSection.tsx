// One of the home page's lists: a heading with its count, and each request as a link with days left.
import { Link } from 'react-router'
import { kindById } from '../../domain/catalogue'
import { maskName } from '../../domain/receiptNumber'
import type { DashboardList } from '../../db'
import { DeadlineBadge } from '../register/DeadlineBadge'

export function DashboardSection({
  id,
  title,
  list,
  today,
  masked,
  tone,
  prominent = false,
  note
}: {
  id: string
  title: string
  list: DashboardList | undefined
  today: string
  masked: boolean
  tone: 'danger' | 'warning' | 'accent' | 'neutral'
  prominent?: boolean
  note?: string
}) {
  const more = list ? list.count - list.items.length : 0
  return (
    <section className={`dash dash-${tone}${prominent ? ' prominent' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        <span className="dash-count">{list ? `${list.count}件` : '…'}</span>
      </h2>
      {note && <p className="hint">{note}</p>}
      {list === undefined ? (
        <p>読み込み中…</p>
      ) : list.count === 0 ? (
        <p className="muted">ありません。</p>
      ) : (
        <ul className="dash-list">
          {list.items.map((r) => (
            <li key={r.id}>
              <Link to={`/requests/${r.id}`}>{r.receiptNo}</Link>
              <span className="dash-kind">{kindById(r.kind).label}</span>
              <span className="dash-name">{masked ? maskName(r.name) : r.name}</span>
              <DeadlineBadge record={r} today={today} />
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="hint">
          ほか{more}件は<Link to="/register">受付簿</Link>で確認できます。
        </p>
      )}
    </section>
  )
}
