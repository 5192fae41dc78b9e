// 「受付内容を修正」: the intake form filled in with what was recorded. Saving records every change before and
// after in the audit trail; once a decision exists a reason is required. Letters already issued stay as issued.
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { getRequest, updateIntake, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { correctionNeedsReason } from '../../domain/correction'
import type { IntakeData } from '../../domain/request'
import { IntakeForm } from './IntakeForm'
import { intakeFromRecord } from './intakeFromRecord'
import { failureText } from '../../app/failureText'

export function CorrectionPage() {
  const { id = '' } = useParams()
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const today = useToday()
  const navigate = useNavigate()
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const record = useLiveQuery(async () => (await getRequest(ctx, id)) ?? null, [ctx, id])
  if (record === undefined) return <p className="loading">読み込み中…</p>
  if (record === null)
    return (
      <p role="alert">
        この請求は見つかりません。<Link to="/register">受付簿に戻る</Link>
      </p>
    )
  const needsReason = correctionNeedsReason(record)
  const reasonMissing = needsReason && reason.trim() === '' && error !== ''

  async function save(data: IntakeData) {
    try {
      await updateIntake(ctx, actor, id, data, settings.deadline, reason)
      void navigate(`/requests/${id}`, { state: { corrected: true } })
    } catch (e) {
      setError(`修正を保存できませんでした。入力内容は残っています。${failureText(e)}`)
    }
  }

  const aside = needsReason && (
    <fieldset>
      <legend>修正の理由</legend>
      <div className="field">
        <label htmlFor="correction-reason">
          修正の理由
          <span className="required" aria-hidden="true">
            必須
          </span>
        </label>
        <textarea
          id="correction-reason"
          rows={2}
          aria-required
          aria-invalid={reasonMissing}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <p className="hint">決定後の修正です。発行済みの通知書は発行したときのまま残ります。</p>
      </div>
    </fieldset>
  )

  return (
    <section aria-labelledby="correction-title">
      <h1 id="correction-title" tabIndex={-1}>
        受付内容を修正({record.receiptNo})
      </h1>
      {error !== '' && (
        <p role="alert" className="error banner">
          {error}
        </p>
      )}
      <IntakeForm
        today={today}
        fees={settings.fees}
        initial={intakeFromRecord(record)}
        onSubmit={save}
        submitLabel="修正を保存"
        draftKey={`correct:${id}`}
        aside={aside}
        footer={<Link to={`/requests/${id}`}>修正せずに戻る</Link>}
      />
    </section>
  )
}
