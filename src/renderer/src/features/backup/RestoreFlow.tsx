// Restoring one backup: check everything, show what it holds and ask, take a safety backup of the current data,
// replace everything with progress shown, then reload. Every refusal is a Japanese alert; nothing changes on one.
import { useEffect, useRef, useState } from 'react'
import { checkBackupFile, restoreBackup, type DbContext } from '../../db'
import type { BackupCheck } from '../../domain/backup/checkBackup'
import type { Actor } from '../../domain/staff'
import { parseManifest, type BackupFile } from '../../platform'
import { BackupSummaryView } from './BackupSummaryView'

type Good = Extract<BackupCheck, { ok: true }>
type State =
  | { step: 'idle' }
  | { step: 'checking'; done: number; total: number }
  | { step: 'ready'; check: Good; fileName: string }
  | { step: 'restoring'; done: number; total: number }
  | { step: 'failed'; message: string }

export interface RestoreFlowProps {
  ctx: DbContext
  actor: Actor | null
  /** The clinic the restored register should belong to; null when unknown. */
  clinicId: string | null
  /** Loads the chosen file; null when the person cancelled. */
  load: () => Promise<BackupFile | null>
  label: string
  /** Runs before anything is replaced (a backup of the current data); a failure stops the restore. */
  beforeRestore?: () => Promise<void>
  onRestored: (identity: { clinicId: string; deviceId: string }) => Promise<void>
  /** Check the file as soon as the flow is shown (a backup already chosen from the list). */
  autoStart?: boolean
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e))

export function RestoreFlow(props: RestoreFlowProps) {
  const { ctx, actor, clinicId, load, label, beforeRestore, onRestored, autoStart = false } = props
  const [state, setState] = useState<State>({ step: 'idle' })
  const [moveConfirmed, setMoveConfirmed] = useState(false)
  const started = useRef(false)

  async function check() {
    setState({ step: 'checking', done: 0, total: 0 })
    try {
      const file = await load()
      if (!file) return setState({ step: 'idle' })
      const result = await checkBackupFile(ctx, file.file, parseManifest, clinicId, (done, total) =>
        setState({ step: 'checking', done, total })
      )
      setState(
        result.ok
          ? { step: 'ready', check: result, fileName: file.fileName }
          : { step: 'failed', message: result.message }
      )
    } catch (e) {
      setState({ step: 'failed', message: messageOf(e) })
    }
  }

  useEffect(() => {
    if (!autoStart || started.current) return
    started.current = true
    void check()
  })

  async function restore(good: Good, fileName: string) {
    setState({ step: 'restoring', done: 0, total: 1 })
    try {
      await beforeRestore?.()
      const identity = await restoreBackup(ctx, actor, good, {
        moveFromOtherPc: moveConfirmed,
        fileName,
        onProgress: (done, total) => setState({ step: 'restoring', done, total })
      })
      await onRestored(identity)
    } catch (e) {
      setState({ step: 'failed', message: `復元できませんでした。受付簿は元のままです。(${messageOf(e)})` })
    }
  }

  return (
    <div className="restore-flow">
      {(state.step === 'idle' || state.step === 'failed') && (
        <button type="button" onClick={() => void check()}>
          {label}
        </button>
      )}
      {state.step === 'checking' && (
        <p role="status">
          バックアップを確かめています…
          {state.total > 0 && (
            <>
              {' '}
              {state.done.toLocaleString()} / {state.total.toLocaleString()} 件{' '}
              <progress value={state.done} max={state.total} aria-label="確認の進み具合" />
            </>
          )}
        </p>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {state.step === 'ready' && (
        <div role="group" aria-label="復元の確認">
          <p>このバックアップは確認済みです(チェックサム・記録の形・監査記録のつながり・件数)。</p>
          <BackupSummaryView summary={state.check.summary} />
          {state.check.otherClinic && (
            <label className="danger-confirm">
              <input type="checkbox" checked={moveConfirmed} onChange={(e) => setMoveConfirmed(e.target.checked)} />
              別の PC から移す(この PC の受付簿を、別の PC のバックアップで置き換えます)
            </label>
          )}
          <p>復元すると、今の受付簿はすべてこのバックアップの内容に置き換わります。</p>
          <button
            type="button"
            disabled={state.check.otherClinic && !moveConfirmed}
            onClick={() => void restore(state.check, state.fileName)}
          >
            この内容で復元する
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })}>
            やめる
          </button>
        </div>
      )}
      {state.step === 'restoring' && (
        <p role="status">
          復元しています… {state.done.toLocaleString()} / {state.total.toLocaleString()} 件{' '}
          <progress value={state.done} max={Math.max(state.total, 1)} aria-label="復元の進み具合" />
        </p>
      )}
    </div>
  )
}
