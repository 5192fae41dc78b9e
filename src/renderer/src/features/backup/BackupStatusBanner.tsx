// The backup state everyone sees: the last success; in red when a backup failed or is overdue, until one succeeds;
// and a warning while backups sit on the same disk as the register.
import { useEffect, useState } from 'react'
import { formatTokyoDateTime } from '../../domain/calendar'
import { isOverdue, useBackupStatus } from './backupStatus'

/** Shown to logged-in staff, so the register holds data (at least its staff). */
export function BackupStatusBanner({ intervalMinutes }: { intervalMinutes: number }) {
  const status = useBackupStatus()
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const t = window.setInterval(() => setNow(new Date()), 60_000)
    return () => window.clearInterval(t)
  }, [])
  const overdue = isOverdue(status, now, intervalMinutes, true)
  const last = status.lastSuccessAt ? formatTokyoDateTime(status.lastSuccessAt) : 'まだありません'
  return (
    <div className="backup-status" aria-label="バックアップの状態">
      {status.lastError !== null ? (
        <p role="alert" className="error">
          {status.lastError}(最後に成功したバックアップ: {last})
        </p>
      ) : overdue ? (
        <p role="alert" className="error">
          バックアップが遅れています(最後に成功したバックアップ: {last})。管理者は 設定
          の「今すぐバックアップ」を押してください。
        </p>
      ) : (
        <p className="muted">最後に成功したバックアップ: {last}</p>
      )}
      {!status.separateDisk && (
        <p className="warning">
          バックアップが受付簿と同じディスクにあります。ディスクが壊れると両方を失います。管理者か情報システム担当が、別のディスクかネットワーク上のフォルダーを
          設定 で選んでください。
        </p>
      )}
    </div>
  )
}
