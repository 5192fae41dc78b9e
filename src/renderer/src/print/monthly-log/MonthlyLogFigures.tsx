// The month's figures: counts, days to notification, and totals by kind and by decision.
import { formatDays, longestLabel, type MonthlyLog, type Tally } from '../../domain/monthlyLog'

function TallyTable({ caption, head, rows }: { caption: string; head: string; rows: readonly Tally<string>[] }) {
  const total = rows.reduce((n, r) => n + r.count, 0)
  return (
    <table className="ml-tally">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">件数</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">計</th>
          <td>{total}</td>
        </tr>
      </tfoot>
    </table>
  )
}

export function MonthlyLogCounts({ log }: { log: MonthlyLog }) {
  const { counts, medianDays, longest } = log
  const items: [string, string][] = [
    ['対象件数', `${counts.total}件`],
    ['当月受付', `${counts.receivedInMonth}件`],
    ['前月から継続', `${counts.carriedOver}件`],
    ['当月通知', `${counts.notifiedInMonth}件`],
    ['取下げ・本人確認不可', `${counts.endedOtherwise}件`],
    ['未了(集計日現在)', `${counts.openAtEnd}件`],
    ['期限超過', `${counts.overdue}件`],
    ['法定の目安(受付+14日)を経過', `${counts.statutoryPassed}件`],
    ['通知までの日数(中央値)', medianDays === null ? '—' : formatDays(medianDays)],
    ['通知までの日数(最長)', longestLabel(longest)]
  ]
  if (log.purged)
    items.push([
      '保存期間の経過で削除した請求',
      `${log.purged.total}件(対象件数には含みません。うち当月受付${log.purged.receivedInMonth}件)`
    ])
  return (
    <div role="group" aria-label="当月の件数と日数">
      <dl className="ml-counts">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

export function MonthlyLogTotals({ log }: { log: MonthlyLog }) {
  return (
    <div className="ml-totals">
      <TallyTable caption="種別ごとの件数" head="種別" rows={log.byKind} />
      <TallyTable caption="決定ごとの件数" head="決定" rows={log.byOutcome} />
    </div>
  )
}
