// One page of the 監査記録: when, what, which request (linked to its page) or staff member, and who.
import { Link } from 'react-router'
import { auditActionLabel } from '../../domain/auditActions'
import type { AuditRow } from '../../domain/auditFilter'
import { formatTokyoDateTime } from '../../domain/calendar'

function Subject({ row }: { row: AuditRow }) {
  if (row.receiptNo !== null && row.requestId !== null)
    return <Link to={`/requests/${row.requestId}`}>受付番号 {row.receiptNo}</Link>
  if (row.receiptNo !== null) return <>受付番号 {row.receiptNo}(削除済み)</>
  if (row.staffName !== null) return <>職員 {row.staffName}</>
  return <span className="muted">—</span>
}

export function AuditLogTable({ rows }: { rows: readonly AuditRow[] }) {
  return (
    <table className="history audit-log" aria-label="監査記録">
      <thead>
        <tr>
          <th scope="col">番号</th>
          <th scope="col">日時</th>
          <th scope="col">操作</th>
          <th scope="col">内容</th>
          <th scope="col">対象</th>
          <th scope="col">担当</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.entry.id}>
            <td>{r.entry.deviceSeq}</td>
            <td>{formatTokyoDateTime(r.entry.at, true)}</td>
            <td>{auditActionLabel(r.entry.action)}</td>
            <td>{r.entry.summary}</td>
            <td>
              <Subject row={r} />
            </td>
            <td>{r.entry.actorName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
