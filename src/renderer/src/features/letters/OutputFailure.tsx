// Shown when a print or PDF did not go out: nothing was recorded, and staff decide whether it did go out after all.
export function OutputFailure({
  message,
  confirmLabel,
  onConfirm,
  onDismiss,
  busy
}: {
  message: string
  confirmLabel: string
  onConfirm: () => void
  onDismiss: () => void
  busy: boolean
}) {
  return (
    <div className="error banner" role="alert">
      <p>{message}</p>
      <p>まだ記録していません。もう一度出力するか、実際には出力できていた場合だけ記録してください。</p>
      <div className="actions">
        <button type="button" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onDismiss} disabled={busy}>
          記録しない
        </button>
      </div>
    </div>
  )
}
