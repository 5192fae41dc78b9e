// Holds, resumptions, extensions, send-backs and why a request ended, kept on the request (SPEC.md: holds and extensions keep a history).
import { useScreenDate } from '../../app/useScreenDate'
import type { HistoryEventType, RequestRecord } from '../../domain/request'
import { formatTokyoDateTime } from '../../domain/calendar'

const LABEL: Record<HistoryEventType, string> = {
  hold: '保留',
  resume: '保留解除',
  extend: '目標日の延長',
  sendBack: '差戻し',
  identityFailed: '本人確認不可で終了',
  withdraw: '取下げ'
}

export function WorkflowHistory({ record }: { record: RequestRecord }) {
  const date = useScreenDate()
  return (
    <section aria-labelledby="wf-history-title">
      <h3 id="wf-history-title">保留・延長・差戻し・終了の記録</h3>
      {record.history.length === 0 ? (
        <p className="muted">まだありません。</p>
      ) : (
        <table className="history" aria-labelledby="wf-history-title">
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">内容</th>
              <th scope="col">理由・コメント</th>
              <th scope="col">担当</th>
            </tr>
          </thead>
          <tbody>
            {record.history.map((h) => (
              <tr key={`${h.at}-${h.type}`}>
                <td>{formatTokyoDateTime(h.at)}</td>
                <td>
                  {LABEL[h.type]}
                  {h.type === 'extend' && ` ${date(h.fromDate)} → ${date(h.toDate)}`}
                </td>
                <td>{h.reason === '' ? '—' : h.reason}</td>
                <td>{h.staffName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
