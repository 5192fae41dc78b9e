// 本人確認: the documents acceptable for this channel and requester, a live assessment, the result and a note.
// Only document TYPES are recorded; a reminder says which numbers must never be looked at or copied.
import { useEffect, useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { CHANNELS, labelOf, REQUESTER_TYPES } from '../../domain/catalogue'
import { assessIdentity, IDENTITY_CAUTIONS, identityRequirements, REMOTE_NOTICE } from '../../domain/identityDocs'
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { Field } from '../../ui/Field'
import { useRequestAction } from '../workflow/useRequestAction'
import { AssessmentView } from './AssessmentView'
import { DocumentChecklist } from './DocumentChecklist'
import {
  CHECK_METHODS,
  IDENTITY_RESULTS,
  isMethod,
  makeIdentitySchema,
  type IdentityFormInput,
  type IdentityFormOutput
} from './identitySchema'

export function IdentityForm({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const requester = record.requester.type
  const schema = useMemo(() => makeIdentitySchema(requester), [requester])
  const remote = !identityRequirements(record.channel, requester).completable
  const {
    register,
    handleSubmit,
    control,
    trigger,
    formState: { errors, isSubmitted }
  } = useForm<IdentityFormInput, unknown, IdentityFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      method: remote ? '' : record.channel,
      documents: record.identity?.documents ?? [],
      result: '',
      note: ''
    }
  })
  const action = useRequestAction(record.id, onDone)
  const method = useWatch({ control, name: 'method' })
  const documents = useWatch({ control, name: 'documents' })
  const checkChannel = method === 'counter' || method === 'post' ? method : record.channel
  const req = identityRequirements(checkChannel, requester)
  const assessment = assessIdentity(documents, checkChannel, requester)
  // Once a refusal is on screen, ticking the missing documents clears it without another submit.
  useEffect(() => {
    if (isSubmitted) void trigger('result')
  }, [documents, method, isSubmitted, trigger])

  const submit = handleSubmit(async (v) => {
    const offered = new Set(req.groups.flatMap((g) => g.docs.map((d) => d.id)))
    // Where the check was not made through the channel of the request, the note says how it was made.
    const how = v.method === record.channel ? '' : `(${labelOf(CHECK_METHODS, v.method)}) `
    await action.run({
      type: 'recordIdentity',
      check: {
        documents: v.documents.filter((d) => offered.has(d)),
        method: isMethod(v.method) ? v.method : null,
        result: v.result,
        note: `${how}${v.note}`.trim()
      }
    })
  })

  return (
    <form className="identity-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="identity-title">
      <h3 id="identity-title">本人確認</h3>
      <div className="caution-box" role="note" aria-label="本人確認の注意">
        <p>
          <strong>注意</strong>
        </p>
        <ul>
          {IDENTITY_CAUTIONS.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
      {remote && (
        <p className="notice warn">
          受付方法が「{labelOf(CHANNELS, record.channel)}」です。{REMOTE_NOTICE}
        </p>
      )}
      <fieldset>
        <legend>
          書類を確認した方法
          <span className="required" aria-hidden="true">
            必須
          </span>
        </legend>
        <div className="checks">
          {CHECK_METHODS.map((m) => (
            <label key={m.id} className="check">
              <input type="radio" value={m.id} {...register('method')} />
              {m.label}
            </label>
          ))}
        </div>
        {errors.method?.message && (
          <p className="error" role="alert">
            {errors.method.message}
          </p>
        )}
      </fieldset>
      {req.completable && (
        <>
          <div className="requirements">
            <p>
              <strong>必要な書類</strong>({labelOf(CHANNELS, checkChannel)}・{labelOf(REQUESTER_TYPES, requester)})
            </p>
            <ul>
              {req.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </div>
          <DocumentChecklist groups={req.groups} field={register('documents')} />
        </>
      )}
      <AssessmentView assessment={assessment} />
      <fieldset>
        <legend>
          確認の結果
          <span className="required" aria-hidden="true">
            必須
          </span>
        </legend>
        <div className="checks column">
          {IDENTITY_RESULTS.map((r) => (
            <label key={r.id} className="check">
              <input type="radio" value={r.id} {...register('result')} />
              {r.label}
              <span className="muted">— {r.hint}</span>
            </label>
          ))}
        </div>
        {errors.result?.message && (
          <p className="error" role="alert">
            {errors.result.message}
          </p>
        )}
      </fieldset>
      <Field
        label="メモ"
        error={errors.note?.message}
        hint="書類の番号(個人番号・保険証の記号・番号など)は書かないでください"
      >
        {(p) => <textarea {...p} rows={2} className="wide" {...register('note')} />}
      </Field>
      {action.error !== '' && (
        <p role="alert" className="error banner">
          {action.error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          本人確認を記録
        </button>
      </div>
    </form>
  )
}
