// The audit trail for a manager: the latest entries, and a check that nothing was edited or removed.
import { recentAudit, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { formatTokyoDateTime } from '../../domain/calendar'
import { useActor } from '../../app/session'
import { useVerification } from './useVerification'
import { VerificationResult } from './VerificationResult'
import { ViewersOfRequest } from './ViewersOfRequest'

export function AuditPage() {
  const ctx = useDb()
  const actor = useActor()
  const entries = useLiveQuery(() => recentAudit(ctx, 200), [ctx])
  const { state, run } = useVerification()
  if (actor.role !== 'manager') return <p role="alert">監査記録は管理者のみが確認できます。</p>
  const busy = state.phase === 'running'
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">監査記録</h1>
      <p>
        登録・変更・状態の移行・印刷・出力はすべて追記のみで記録され、前の記録のハッシュでつながっています。
        検証では、記録の書き換えと削除、請求の行がアプリの外で変えられていないか、採番した受付番号に請求があるかを確かめます。
      </p>
      <div className="actions">
        <button type="button" onClick={() => void run(false)} disabled={busy}>
          改ざんがないか検証する
        </button>
        <button type="button" className="secondary" onClick={() => void run(true)} disabled={busy}>
          最初からすべて検証する
        </button>
      </div>
      <VerificationResult state={state} />
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
