import { use, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { createRequest } from '../../db'
import type { IntakeData } from '../../domain/request'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { IntakeForm } from './IntakeForm'
import { failureText } from '../../app/failureText'
import { SyncContext } from '../../app/syncStatus'

/** How long a save waits for a PC that has just started sharing to get its first 受付番号 from the server. */
const FIRST_NUMBERS_WAIT_MS = 15_000

export function IntakePage() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const today = useToday()
  const navigate = useNavigate()
  const sync = use(SyncContext)
  const [error, setError] = useState('')
  const [waiting, setWaiting] = useState(false)

  async function save(data: IntakeData) {
    try {
      if (sync && (sync.status().numbersLeft ?? 0) === 0) {
        setWaiting(true)
        try {
          await sync.whenNumbersReady(FIRST_NUMBERS_WAIT_MS)
        } finally {
          setWaiting(false)
        }
      }
      const saved = await createRequest(ctx, actor, data, settings.deadline)
      void navigate(`/requests/${saved.id}`, { state: { justSaved: saved.receiptNo } })
    } catch (e) {
      // A failed write (disk full, quota) must never look saved.
      setError(
        `保存できませんでした。入力内容は残っています。もう一度「受付を登録」を押してください。${failureText(e)}`
      )
    }
  }

  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">新規受付</h1>
      <p className="hint">
        用紙に書いていただく場合は <Link to="/forms/request">開示等請求書(白紙)を印刷</Link> できます。
      </p>
      {waiting && (
        <p role="status" className="notice">
          受付番号をサーバーから受け取っています。しばらくお待ちください…
        </p>
      )}
      {error !== '' && (
        <p role="alert" className="error banner">
          {error}
        </p>
      )}
      <IntakeForm today={today} fees={settings.fees} onSubmit={save} submitLabel="受付を登録" draftKey="intake" />
    </section>
  )
}
