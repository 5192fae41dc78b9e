// Opens the database once and hands the repository context to every screen.
import { createContext, use, useEffect, useState, type ReactNode } from 'react'
import { failureMessage, newerRegisterMessage, openRegister, type DbContext } from '../db'
import { logError } from '../platform/log'
import { technicalDetail } from '../ui/FailurePage'
import { APP_VERSION } from './version'
import { anchorOnCommit } from './anchorWriter'

const ServicesContext = createContext<DbContext | null>(null)

export function ServicesProvider({ children }: { children: ReactNode }) {
  const [ctx, setCtx] = useState<DbContext | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    openRegister(APP_VERSION).then(
      (opened) => {
        setCtx({ ...opened, onCommitted: anchorOnCommit(opened) })
      },
      (e: unknown) => {
        logError('open', technicalDetail(e))
        setError(failureMessage(e))
      }
    )
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
  if (!ctx) return <p className="loading">読み込み中…</p>
  return (
    <ServicesContext value={ctx}>
      {ctx.readOnly && (
        <p role="alert" className="error banner read-only-banner">
          {newerRegisterMessage(ctx.readOnly)}
        </p>
      )}
      {children}
    </ServicesContext>
  )
}

export function useDb(): DbContext {
  const ctx = use(ServicesContext)
  if (!ctx) throw new Error('useDb outside ServicesProvider')
  return ctx
}
