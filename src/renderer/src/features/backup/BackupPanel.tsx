// 設定 › バックアップ: the state, 「今すぐバックアップ」, where and how often, and the folder's backups to restore.
import { useCallback, useEffect, useState } from 'react'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { listBackups, openBackupFile, readBackup, type BackupList } from '../../platform'
import { BackupList as BackupListView } from './BackupListView'
import { BackupStatusBanner } from './BackupStatusBanner'
import { BackupSettingsForm } from './BackupSettingsForm'
import { RestoreFlow } from './RestoreFlow'
import { runBackup, updateAnchor } from './runBackup'
import { getBackupStatus } from './backupStatus'
import { loadSettings } from '../../db'

export function BackupPanel() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const [list, setList] = useState<BackupList | null>(null)
  const [listError, setListError] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const [progress, setProgress] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)

  const refresh = useCallback(() => {
    listBackups(settings.backupFolder).then(
      (l) => {
        setList(l)
        setListError(null)
      },
      (e: unknown) =>
        setListError(`バックアップの一覧を読めませんでした。(${e instanceof Error ? e.message : String(e)})`)
    )
  }, [settings.backupFolder])
  useEffect(refresh, [refresh])

  async function backupNow() {
    setMessage('')
    const ok = await runBackup(ctx, settings, (done, total) =>
      setProgress(`${done.toLocaleString()} / ${total.toLocaleString()} 件`)
    )
    setProgress(null)
    if (ok) setMessage('バックアップしました。')
    refresh()
  }

  // A restore first keeps the current data in a backup of its own; if that fails, nothing is replaced.
  async function safetyBackup() {
    if (!(await runBackup(ctx, settings)))
      throw new Error(getBackupStatus().lastError ?? 'バックアップできませんでした。')
  }
  async function restored(identity: { clinicId: string; deviceId: string }) {
    const restoredCtx = { ...ctx, ...identity }
    await updateAnchor(restoredCtx, await loadSettings(restoredCtx)).catch(() => undefined)
    window.location.reload()
  }
  const restoreProps = { ctx, actor, clinicId: ctx.clinicId, beforeRestore: safetyBackup, onRestored: restored }

  return (
    <section aria-labelledby="backup-title" className="settings-section">
      <h2 id="backup-title">バックアップと復元</h2>
      <BackupStatusBanner intervalMinutes={settings.backupIntervalMinutes} />
      {message !== '' && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void backupNow()} disabled={progress !== null}>
          今すぐバックアップ
        </button>{' '}
        {progress !== null && <span role="status">バックアップ中… {progress}</span>}
      </p>
      <BackupSettingsForm />
      <h3>保存されているバックアップ(新しい順)</h3>
      {list && <p className="muted">保存先: {list.folder}</p>}
      {listError !== null && (
        <p role="alert" className="error">
          {listError}
        </p>
      )}
      {list && (
        <BackupListView
          entries={list.entries}
          renderRestore={(fileName) => (
            <button type="button" className="secondary" onClick={() => setChosen(fileName)}>
              この時点に戻す
            </button>
          )}
        />
      )}
      {chosen !== null && (
        <RestoreFlow
          key={chosen}
          {...restoreProps}
          autoStart
          label="もう一度確かめる"
          load={() => readBackup(settings.backupFolder, chosen)}
        />
      )}
      <h3>ほかの場所のバックアップから復元する</h3>
      <p className="muted">新しい PC へ移すときは、元の PC のバックアップファイルをここで選びます。</p>
      <RestoreFlow {...restoreProps} label="バックアップファイルを選んで復元する" load={openBackupFile} />
    </section>
  )
}
