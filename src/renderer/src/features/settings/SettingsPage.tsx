import { useState } from 'react'
import { saveSettings } from '../../db'
import { failureText } from '../../app/failureText'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import type { Settings } from '../../domain/settings'
import { MachineSettingsPanel } from './MachineSettingsPanel'
import { SettingsForm } from './SettingsForm'
import { StaffSettings } from '../staff/StaffSettings'
import { BackupPanel } from '../backup/BackupPanel'
import { RetentionPanel } from '../retention/RetentionPanel'
import { RecoverySettings } from '../staff/RecoverySettings'

export function SettingsPage() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const [outcome, setOutcome] = useState<Outcome>(null)
  if (actor.role !== 'manager')
    return <p role="alert">設定は管理者のみが変更できます。管理者でログインしてください。</p>

  async function save(next: Settings) {
    try {
      await saveSettings(ctx, actor, next)
      setOutcome({ ok: true, text: '設定を保存しました。' })
    } catch (e) {
      setOutcome({ ok: false, text: `設定を保存できませんでした。${failureText(e, 'settings')}` })
    }
  }
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">設定</h1>
      <ActionOutcome outcome={outcome} />
      <SettingsForm key={JSON.stringify(settings)} initial={settings} onSubmit={save} />
      <MachineSettingsPanel />
      <StaffSettings />
      <BackupPanel />
      <RetentionPanel />
      <RecoverySettings />
    </section>
  )
}
