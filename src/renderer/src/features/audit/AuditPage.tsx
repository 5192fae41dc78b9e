// The audit trail for a manager: the latest entries, and a check that nothing was edited or removed.
import { useState } from 'react'
import { recentAudit, useLiveQuery, verifyAuditChain, type ChainReport } from '../../db'
import { useDb } from '../../app/services'
import { formatTokyoDateTime } from '../../domain/calendar'
import { useActor } from '../../app/session'
import { ViewersOfRequest } from './ViewersOfRequest'

export function AuditPage() {
  const ctx = useDb()
  const actor = useActor()
  const entries = useLiveQuery(() => recentAudit(ctx, 200), [ctx])
  const [report, setReport] = useState<ChainReport | null>(null)
  const [busy, setBusy] = useState(false)
  if (actor.role !== 'manager') return <p role="alert">監査記録は管理者のみが確認できます。</p>

  async function verify() {
    setBusy(true)
    setReport(await verifyAuditChain(ctx))
    setBusy(false)
  }
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">監査記録</h1>
      <p>登録・変更・状態の移行・印刷・出力はすべて追記のみで記録され、前の記録のハッシュでつながっています。</p>
      <button type="button" onClick={() => void verify()} disabled={busy}>
        改ざんがないか検証する
      </button>
      {report &&
        (report.problems.length === 0 ? (
          <p role="status" className="notice">
            {report.checked.toLocaleString('ja-JP')}件の記録を検証しました。改ざん・削除は見つかりませんでした。
          </p>
        ) : (
          <div role="alert" className="error banner">
            <p>{report.problems.length}件の問題が見つかりました。記録が書き換えられたか削除された可能性があります。</p>
            <ul>
              {report.problems.slice(0, 50).map((p) => (
                <li key={`${p.deviceId}-${p.deviceSeq}-${p.message}`}>
                  {p.deviceSeq}番: {p.message}
                </li>
              ))}
            </ul>
          </div>
        ))}
      <ViewersOfRequest />
      <h2>最近の記録(新しい順・最大200件)</h2>
      <table className="history">
        <thead>
          <tr>
            <th scope="col">番号</th>
            <th scope="col">日時</th>
            <th scope="col">操作</th>
            <th scope="col">担当</th>
          </tr>
        </thead>
        <tbody>
          {(entries ?? []).map((e) => (
            <tr key={e.id}>
              <td>{e.deviceSeq}</td>
              <td>{formatTokyoDateTime(e.at, true)}</td>
              <td>{e.summary}</td>
              <td>{e.actorName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
