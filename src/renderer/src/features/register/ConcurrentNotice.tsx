// 「同時に更新されました」: another PC changed this request while the two were apart. Both changes are in the history
// below; the later one (by time) is what the row shows on every PC. A manager checks it and clears the flag.
import { useState } from 'react'
import { concurrentFlagFor, failureMessage, resolveConcurrent, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { isManager } from '../../domain/staff'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'

export function ConcurrentNotice({ requestId }: { requestId: string }) {
  const ctx = useDb()
  const actor = useActor()
  const flag = useLiveQuery(() => concurrentFlagFor(ctx, requestId), [ctx, requestId])
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [busy, setBusy] = useState(false)
  const resolve = async () => {
    setBusy(true)
    setOutcome(null)
    try {
      await resolveConcurrent(ctx, actor, requestId)
      setOutcome({ ok: true, text: '同時更新を確認済みにしました。この確認は履歴に残ります。' })
    } catch (e) {
      setOutcome({ ok: false, text: failureMessage(e) })
    } finally {
      setBusy(false)
    }
  }
  if (!flag)
    return outcome ? (
      <section className="concurrent-notice">
        <ActionOutcome outcome={outcome} />
      </section>
    ) : null
  return (
    <section className="concurrent-notice" aria-labelledby="concurrent-title">
      <h2 id="concurrent-title">同時に更新されました</h2>
      <p>
        この請求は、別の PC でも同じころに変更されました({flag.entryIds.length}
        件)。どちらの変更も下の履歴に残っています。内容は時刻の新しい変更を優先して、すべての PC で同じになっています。
      </p>
      {isManager(actor) ? (
        <button type="button" onClick={() => void resolve()} disabled={busy}>
          内容を確認しました(フラグを外す)
        </button>
      ) : (
        <p className="muted">管理者が内容を確認してフラグを外します。</p>
      )}
      <ActionOutcome outcome={outcome} />
    </section>
  )
}
