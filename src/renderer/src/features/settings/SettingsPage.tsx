import { useState } from 'react'
import { saveSettings } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import type { Settings } from '../../domain/settings'
import { MachineSettingsPanel } from './MachineSettingsPanel'
import { SettingsForm } from './SettingsForm'
import { StaffSettings } from '../staff/StaffSettings'
import { BackupPanel } from '../backup/BackupPanel'
import { RecoverySettings } from '../staff/RecoverySettings'

export function SettingsPage() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const [message, setMessage] = useState('')
  if (actor.role !== 'manager')
    return <p role="alert">設定は管理者のみが変更できます。管理者でログインしてください。</p>

  async function save(next: Settings) {
    try {
      await saveSettings(ctx, actor, next)
      setMessage('設定を保存しました。')
    } catch (e) {
      setMessage(`保存できませんでした。(${e instanceof Error ? e.message : String(e)})`)
    }
  }
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">設定</h1>
      {message !== '' && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <SettingsForm key={JSON.stringify(settings)} initial={settings} onSubmit={save} />
      <MachineSettingsPanel />
      <StaffSettings />
      <BackupPanel />
      <RecoverySettings />
    </section>
  )
}
