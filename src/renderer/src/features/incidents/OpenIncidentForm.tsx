// Opening a leak incident: a name staff recognise, when it became known, and which reportable situations apply.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from 'react-router'
import { openIncident } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { openIncidentFormSchema, type OpenIncidentForm as Values } from '../../domain/incidents/forms'
import { INCIDENT_SITUATIONS } from '../../domain/incidents/catalogue'
import { Field } from '../../ui/Field'
import { SaveMessage, useSave } from '../records/useSave'

export function OpenIncidentForm({ now }: { now: string }) {
  const ctx = useDb()
  const actor = useActor()
  const navigate = useNavigate()
  const save = useSave()
  const {
    register,
    handleSubmit,
    formState: { errors }
  } = useForm<Values>({
    resolver: zodResolver(openIncidentFormSchema),
    defaultValues: { title: '', knownAt: now, situations: [] }
  })
  const submit = handleSubmit(async (v) => {
    let id = ''
    const ok = await save.run('事案を登録しました。', async () => {
      id = (await openIncident(ctx, actor, v)).id
    })
    if (ok) void navigate(`/incidents/${id}`)
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="事案の登録" className="panel">
      <h2>新しい事案を登録</h2>
      <div className="row">
        <Field label="事案の名前" required error={errors.title?.message} hint="例: 紹介状の誤送付(個人名は書かない)">
          {(p) => <input {...p} className="wide" {...register('title')} />}
        </Field>
        <Field label="把握した日時" required error={errors.knownAt?.message}>
          {(p) => <input {...p} type="datetime-local" {...register('knownAt')} />}
        </Field>
      </div>
      <fieldset className="checks column">
        <legend>報告対象となる事態(1つでも該当すれば個人情報保護委員会への報告と本人への通知が必要です)</legend>
        {INCIDENT_SITUATIONS.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" value={s.id} {...register('situations')} />
            {s.label}
            {s.hint && <span className="hint">{s.hint}</span>}
          </label>
        ))}
      </fieldset>
      <SaveMessage state={save} />
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          事案を登録
        </button>
      </div>
    </form>
  )
}
