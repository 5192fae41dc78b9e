// A request's history, read from the audit trail (who, when, what); a correction lists each field before
// and after, with its reason. Views of the page are in the access log, not here.
import { VIEW_ACTION, auditFor, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { formatTokyoDateTime } from '../../domain/calendar'
import { correctionLines } from '../../domain/correction'
import type { AuditEntry } from '../../domain/audit'

function What({ entry }: { entry: AuditEntry }) {
  const correction = entry.action === 'request:update' ? correctionLines(entry.payload) : null
  if (!correction) return <>{entry.summary}</>
  return (
    <>
      {entry.summary}
      <ul className="changes">
        {correction.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {correction.reason !== '' && <p className="hint">修正の理由: {correction.reason}</p>}
    </>
  )
}

export function HistoryList({ entityId }: { entityId: string }) {
  const ctx = useDb()
  // Views are in the access log (監査記録); a request's history lists what changed.
  const entries = useLiveQuery(
    async () => (await auditFor(ctx, entityId)).filter((e) => e.action !== VIEW_ACTION),
    [ctx, entityId]
  )
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">履歴</h2>
      {entries === undefined ? (
        <p>読み込み中…</p>
      ) : (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">操作</th>
              <th scope="col">担当</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatTokyoDateTime(e.at)}</td>
                <td>
                  <What entry={e} />
                </td>
                <td>{e.actorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
