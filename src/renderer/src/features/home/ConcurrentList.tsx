// For managers: requests two PCs changed while apart, until each is checked (features/register/ConcurrentNotice).
import { Link } from 'react-router'
import { listConcurrentFlags, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'

export function ConcurrentList() {
  const ctx = useDb()
  const flags = useLiveQuery(() => listConcurrentFlags(ctx), [ctx])
  if (!flags || flags.length === 0) return null
  return (
    <section className="concurrent-notice" aria-labelledby="dash-concurrent">
      <h2 id="dash-concurrent">同時に更新された請求({flags.length}件)</h2>
      <p>別の PC でも同じころに変更された請求です。開いて内容を確認してください。</p>
      <ul>
        {flags.map((f) => (
          <li key={f.id}>
            <Link to={`/requests/${f.id}`}>受付番号 {f.receiptNo}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
