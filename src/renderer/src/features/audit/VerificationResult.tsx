// What the 監査記録 check found, in words a manager can act on: each problem names the entry's number or the 受付番号.
import type { VerifyState } from './useVerification'

const MAX_LISTED = 100

export function VerificationResult({ state }: { state: VerifyState }) {
  if (state.phase === 'idle') return null
  if (state.phase === 'running') {
    const percent = state.total === 0 ? 0 : Math.floor((state.done / state.total) * 100)
    return (
      <div className="verify-progress">
        <label htmlFor="verify-progress">検証中… {percent}%</label>
        <progress id="verify-progress" max={state.total || 1} value={state.done} />
        <span className="muted">
          {state.done.toLocaleString('ja-JP')} / {state.total.toLocaleString('ja-JP')} 件
        </span>
      </div>
    )
  }
  if (state.phase === 'failed')
    return (
      <p role="alert" className="error banner">
        {state.message}
      </p>
    )
  const { report, fromCheckpoint, trailKept, seconds } = state
  const scope =
    fromCheckpoint === null
      ? 'すべての記録を最初から検証しました。'
      : trailKept
        ? `${fromCheckpoint}番までは前回検証済みのため、それ以降の記録と、すべての請求の行を検証しました。それより前の記録も読み直すには「最初からすべて検証する」を押してください。`
        : `${fromCheckpoint}番までは前回検証済みのため、それ以降の記録の内容と、すべての記録のつながりを検証しました。`
  const counted = `監査記録 ${report.checked.toLocaleString('ja-JP')}件・請求 ${report.requests.toLocaleString('ja-JP')}件(${seconds.toFixed(1)}秒)`
  const legacy =
    report.legacyRequests > 0
      ? `旧い版で最後に記録された請求 ${report.legacyRequests.toLocaleString('ja-JP')}件は、次に更新された時から行の照合の対象になります。`
      : null
  if (report.problems.length === 0)
    return (
      <div role="status" className="notice" data-ran-in={state.ranIn}>
        <p>{counted}を検証しました。改ざん・削除は見つかりませんでした。</p>
        <p className="muted">
          {scope}
          {legacy}
        </p>
      </div>
    )
  return (
    <div role="alert" className="error banner" data-ran-in={state.ranIn}>
      <p>
        {report.problems.length}件の問題が見つかりました({counted})。記録が書き換えられたか削除された可能性があります。
        印刷した月次処理簿や最新のバックアップと照らし合わせ、情報システム担当に連絡してください。
      </p>
      <ul>
        {report.problems.slice(0, MAX_LISTED).map((p, i) => (
          <li key={`${String(i)}-${p.message}`}>{p.message}</li>
        ))}
      </ul>
      {report.problems.length > MAX_LISTED && <p>ほか {report.problems.length - MAX_LISTED}件</p>}
    </div>
  )
}
