// The sharing status above the menu, on every screen, only when this PC shares the register with a server:
// 同期済 (with the time), 同期中, オフライン (staff keep working; numbers left), or the error in red.
import { createContext, use, useSyncExternalStore } from 'react'
import type { SyncService, SyncStatus } from '../db'
import { formatTokyoDateTime } from '../domain/calendar'

export const SyncContext = createContext<SyncService | null>(null)

const NEVER: SyncStatus = { state: 'connecting', lastSyncAt: null, message: null, refused: [], numbersLeft: null }

export function useSyncStatus(): SyncStatus | null {
  const service = use(SyncContext)
  return useSyncExternalStore(
    (notify) => (service ? service.subscribe(notify) : () => undefined),
    () => (service ? service.status() : NEVER)
  )
}

function lastSync(at: string | null): string {
  return at === null ? 'まだ同期していません' : `最終同期 ${formatTokyoDateTime(at)}`
}

export function SyncStatusBar() {
  const service = use(SyncContext)
  const status = useSyncStatus()
  if (!service || !status) return null
  const left = status.numbersLeft === null ? '' : `・この PC で使える受付番号: 残り ${String(status.numbersLeft)} 件`
  const text: Record<SyncStatus['state'], string> = {
    connecting: `サーバーに接続しています… ${lastSync(status.lastSyncAt)}`,
    syncing: '同期中…',
    synced: `同期済 ${lastSync(status.lastSyncAt)}`,
    offline: `オフライン: この PC で受付を続けられます。つながると自動で同期します。${lastSync(status.lastSyncAt)}${left}`,
    error: `同期エラー: ${status.message ?? ''} ${lastSync(status.lastSyncAt)}`
  }
  return (
    // Routine changes (同期中 ↔ 同期済) are not announced to screen readers; going offline or an error is.
    <p
      className={`sync-status sync-${status.state}`}
      role="status"
      aria-live={status.state === 'offline' || status.state === 'error' ? 'polite' : 'off'}
    >
      <span className="sync-dot" aria-hidden="true" />
      {text[status.state]}
      {status.state !== 'error' && status.message !== null && <span className="error"> {status.message}</span>}
    </p>
  )
}
