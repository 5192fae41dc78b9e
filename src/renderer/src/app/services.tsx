// Opens the database once and hands the repository context to every screen.
import { createContext, use, useEffect, useState, type ReactNode } from 'react'
import {
  failureMessage,
  loadSharing,
  newerRegisterMessage,
  openRegister,
  type DbContext,
  type SyncService
} from '../db'
import { logError } from '../platform/log'
import { syncPolicy } from '../platform/sync'
import { technicalDetail } from '../ui/FailurePage'
import { APP_VERSION } from './version'
import { anchorOnCommit } from './anchorWriter'
import { SyncContext, SyncStatusBar } from './syncStatus'

const ServicesContext = createContext<DbContext | null>(null)

export function ServicesProvider({ children }: { children: ReactNode }) {
  const [ctx, setCtx] = useState<DbContext | null>(null)
  const [sync, setSync] = useState<SyncService | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [joining, setJoining] = useState(false)
  useEffect(() => {
    let service: SyncService | null = null
    openRegister(APP_VERSION)
      .then(async (opened) => {
        const shared = await openShared(opened, () => setJoining(true))
        service = shared.service
        const anchor = anchorOnCommit(shared.ctx)
        setSync(service)
        setCtx({
          ...shared.ctx,
          onCommitted: (head) => {
            anchor(head)
            service?.kick()
          }
        })
      })
      .catch((e: unknown) => {
        logError('open', technicalDetail(e))
        setError(failureMessage(e))
      })
    return () => service?.stop()
  }, [])
  if (error !== null) {
    return (
      <main className="fatal" role="alert">
        <h1>受付簿のデータを開けませんでした</h1>
        <p>
          データは消えていません。アプリを終了して開き直してください。続く場合は情報システム担当に連絡してください。
        </p>
        <p>{error}</p>
      </main>
    )
  }
  if (!ctx && joining)
    return (
      <p className="loading" role="status">
        サーバーから受付簿を受け取っています… この PC
        で初めて開くときは、受付簿の大きさによって数分かかります。終わるとログインの画面になります。
      </p>
    )
  if (!ctx) return <p className="loading">読み込み中…</p>
  return (
    <ServicesContext value={ctx}>
      <SyncContext value={sync}>
        <SyncStatusBar />
        {ctx.readOnly && (
          <p role="alert" className="error banner read-only-banner">
            {newerRegisterMessage(ctx.readOnly)}
          </p>
        )}
        {children}
      </SyncContext>
    </ServicesContext>
  )
}

/**
 * When IT's policy names the clinic's server, this PC shares the register: an empty register first joins the
 * clinic from the server, numbers come from leased blocks, and replication starts. Otherwise nothing of it runs.
 */
async function openShared(
  opened: DbContext,
  onJoining: () => void
): Promise<{ ctx: DbContext; service: SyncService | null }> {
  const policy = await syncPolicy()
  if (!policy.enabled || opened.readOnly) return { ctx: opened, service: null }
  const { joinClinic, startSync } = await loadSharing()
  let ctx = opened
  try {
    ctx = await joinClinic(opened, policy, { onJoining })
  } catch (e) {
    // The server could not be reached: this PC starts on its own register; the status bar says so.
    logError('sync', technicalDetail(e))
  }
  ctx = { ...ctx, shared: true }
  return { ctx, service: startSync(ctx, policy) }
}

export function useDb(): DbContext {
  const ctx = use(ServicesContext)
  if (!ctx) throw new Error('useDb outside ServicesProvider')
  return ctx
}
