// Requests past their target date in the month: still open at its end, or answered (or withdrawn) late.
import { formatShortDate } from '../../domain/calendar'
import type { MonthlyLogRow } from '../../domain/monthlyLog'

function state(r: MonthlyLogRow): string {
  if (r.notifiedOn !== null) return `${formatShortDate(r.notifiedOn)} 通知`
  if (r.finishedOn !== null) return `${formatShortDate(r.finishedOn)} ${r.decisionLabel}`
  return '未通知'
}

export function OverdueList({ rows }: { rows: readonly MonthlyLogRow[] }) {
  if (rows.length === 0) return <p>期限を超過した請求はありません。</p>
  return (
    <table className="ml-overdue-list" aria-label="期限超過の一覧">
      <thead>
        <tr>
          <th scope="col">受付番号</th>
          <th scope="col">種別</th>
          <th scope="col">受付日</th>
          <th scope="col">目標日</th>
          <th scope="col">状況</th>
          <th scope="col">超過日数</th>
          <th scope="col">担当</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.receiptNo}</td>
            <td>{r.kindLabel}</td>
            <td>{formatShortDate(r.receivedOn)}</td>
            <td>{formatShortDate(r.dueOn)}</td>
            <td>{state(r)}</td>
            <td>{r.overdueDays}日</td>
            <td>{r.handledBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
