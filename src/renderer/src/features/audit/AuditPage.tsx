// The audit trail for a manager: a check that nothing was edited or removed, who opened a request, and the
// whole trail a page at a time, filtered by 受付番号, staff, action and days, with a CSV of what is filtered.
import { useState } from 'react'
import { useActor } from '../../app/session'
import { useToday } from '../../app/useToday'
import { NO_AUDIT_FILTER } from '../../domain/auditFilter'
import { useVerification } from './useVerification'
import { VerificationResult } from './VerificationResult'
import { ViewersOfRequest } from './ViewersOfRequest'
import { AuditFilterForm } from './AuditFilterForm'
import { AuditLogTable } from './AuditLogTable'
import { AuditExportButton } from './AuditExportButton'
import { AUDIT_PAGE_SIZE, useAuditLog } from './useAuditLog'

export function AuditPage() {
  const actor = useActor()
  if (actor.role !== 'manager') return <p role="alert">監査記録は管理者のみが確認できます。</p>
  return <AuditScreen />
}

function AuditScreen() {
  const today = useToday()
  const { state, run } = useVerification()
  const [filter, setFilter] = useState(NO_AUDIT_FILTER)
  const log = useAuditLog(filter)
  const busy = state.phase === 'running'
  const paging = (
    <div className="actions pager">
      <button type="button" className="secondary" disabled={!log.hasPrevious} onClick={log.previous}>
        前の{AUDIT_PAGE_SIZE}件
      </button>
      <span>{log.pageNumber}ページ目</span>
      <button type="button" className="secondary" disabled={!log.hasNext} onClick={log.nextPage}>
        次の{AUDIT_PAGE_SIZE}件
      </button>
    </div>
  )
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
      <section aria-labelledby="audit-log-title">
        <h2 id="audit-log-title">記録の一覧(新しい順)</h2>
        <AuditFilterForm onApply={setFilter} />
        <div className="register-bar">
          {paging}
          <AuditExportButton filter={filter} today={today} onRecorded={() => setFilter((f) => ({ ...f }))} />
        </div>
        {log.state.phase === 'loading' && <p className="loading">読み込み中…</p>}
        {log.state.phase === 'failed' && (
          <p className="error" role="alert">
            {log.state.message}
          </p>
        )}
        {log.state.phase === 'ready' &&
          (log.state.page.unknownReceiptNo ? (
            <p role="status">受付番号 {filter.receiptNo} の請求はありません。番号を確かめてください。</p>
          ) : log.state.page.rows.length === 0 ? (
            <p role="status">条件に合う記録はありません。</p>
          ) : (
            <>
              <AuditLogTable rows={log.state.page.rows} />
              {paging}
            </>
          ))}
      </section>
    </section>
  )
}
