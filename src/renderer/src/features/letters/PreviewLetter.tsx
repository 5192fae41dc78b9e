// A letter not yet issued: the preview exactly as it will print, and issuing it (print or PDF, then record).
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from 'react-router'
import { issueLetter } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { isValidIsoDate } from '../../domain/calendar'
import { buildLetter, letterTemplateById, whyNotIssuable } from '../../domain/letters'
import { SENT_BY, defaultSentBy, issueFormSchema, type IssueForm, type LetterOutput } from '../../domain/letters/record'
import type { LetterTemplateId } from '../../domain/outcomes'
import type { RequestRecord } from '../../domain/request'
import type { Settings } from '../../domain/settings'
import { LetterView } from '../../print/letter/LetterView'
import { Field } from '../../ui/Field'
import { OutputFailure } from './OutputFailure'
import { pdfFileName, sendLetter } from './letterOutput'
import { failureText } from '../../app/failureText'

export function PreviewLetter({
  record,
  templateId,
  settings,
  documentNo,
  today
}: {
  record: RequestRecord
  templateId: LetterTemplateId
  settings: Settings
  documentNo: string
  today: string
}) {
  const ctx = useDb()
  const actor = useActor()
  const navigate = useNavigate()
  const [failed, setFailed] = useState<{ output: LetterOutput; message: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const {
    register,
    handleSubmit,
    control,
    formState: { errors }
  } = useForm<IssueForm>({
    resolver: zodResolver(issueFormSchema),
    defaultValues: { issuedOn: today, sentBy: defaultSentBy(record.channel) }
  })
  const issuedOn = useWatch({ control, name: 'issuedOn' })
  const refusal = whyNotIssuable(templateId, record)
  const template = letterTemplateById(templateId)
  if (template.basis === 'decision' && !record.decision) {
    return <p role="alert">決定が登録されていないため、この通知書はまだ作れません。</p>
  }
  const content = buildLetter(templateId, record, settings, {
    documentNo,
    issuedOn: isValidIsoDate(issuedOn) ? issuedOn : today
  })

  const recordIssue = async (form: IssueForm, output: LetterOutput) => {
    setBusy(true)
    try {
      const letter = await issueLetter(ctx, actor, record.id, { ...form, templateId, output }, settings)
      void navigate(`?letter=${letter.id}`, { replace: true, state: { issued: letter.documentNo } })
    } catch (e) {
      setError(failureText(e))
    } finally {
      setBusy(false)
    }
  }
  const issue = (output: LetterOutput) =>
    handleSubmit(async (form) => {
      setError(null)
      setFailed(null)
      setBusy(true)
      const sent = await sendLetter(output, {
        silent: settings.printDirect,
        fileName: pdfFileName(content.documentNo, content.title)
      })
      setBusy(false)
      if (sent.ok) await recordIssue(form, output)
      else setFailed({ output, message: sent.message })
    })

  return (
    <>
      <div className="letter-controls">
        {refusal !== null ? (
          <p className="notice" role="status">
            {refusal}
          </p>
        ) : (
          <form noValidate aria-label="通知書の発行" onSubmit={(e) => e.preventDefault()}>
            <div className="row">
              <Field label="発行日" required error={errors.issuedOn?.message}>
                {(p) => <input {...p} type="date" min={record.receivedOn} {...register('issuedOn')} />}
              </Field>
              <Field label="送付方法" required error={errors.sentBy?.message}>
                {(p) => (
                  <select {...p} {...register('sentBy')}>
                    {SENT_BY.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="actions">
              <button type="button" disabled={busy} onClick={(e) => void issue('print')(e)}>
                印刷して発行
              </button>
              <button type="button" disabled={busy} className="secondary" onClick={(e) => void issue('pdf')(e)}>
                PDFに保存して発行
              </button>
            </div>
            {template.basis === 'identity' && <p className="hint">この書類を発行しても、請求の状態は変わりません。</p>}
          </form>
        )}
        {failed && (
          <OutputFailure
            message={failed.message}
            busy={busy}
            confirmLabel="出力できていたので発行済みとして記録する"
            onConfirm={() => void handleSubmit((form) => recordIssue(form, failed.output))()}
            onDismiss={() => setFailed(null)}
          />
        )}
        {error !== null && (
          <p className="error banner" role="alert">
            {error}
          </p>
        )}
      </div>
      <LetterView content={content} reissue={false} />
    </>
  )
}
