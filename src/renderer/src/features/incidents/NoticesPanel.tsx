// The notice to the people affected (APPI 26条2項, 規則10条): per person with date and method, or the substitute
// public notice where individual notice is impossible. The letter template opens from here per person.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { Link } from 'react-router'
import { updateIncident } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useScreenDate } from '../../app/useScreenDate'
import { labelOf } from '../../domain/catalogue'
import { NOTICE_METHODS, NOTICE_MODES } from '../../domain/incidents/catalogue'
import {
  personNoticeFormSchema,
  publicNoticeFormSchema,
  type PersonNoticeForm,
  type PublicNoticeForm
} from '../../domain/incidents/forms'
import type { IncidentRecord } from '../../domain/records/incident'
import { Field } from '../../ui/Field'
import { SaveMessage, useSave } from '../records/useSave'

export function NoticesPanel({ incident, today }: { incident: IncidentRecord; today: string }) {
  const ctx = useDb()
  const actor = useActor()
  const save = useSave()
  const date = useScreenDate()
  const person = useForm<PersonNoticeForm>({
    resolver: zodResolver(personNoticeFormSchema),
    defaultValues: { name: '', notifiedOn: today, method: 'letter' }
  })
  const mode = useForm<PublicNoticeForm>({
    resolver: zodResolver(publicNoticeFormSchema),
    defaultValues: {
      noticeMode: incident.noticeMode,
      on: incident.publicNotice.on ?? '',
      text: incident.publicNotice.text
    }
  })
  const addPerson = person.handleSubmit(async (v) => {
    const ok = await save.run(`${v.name} 様への通知を記録しました。`, () =>
      updateIncident(ctx, actor, incident.id, { notices: [...incident.notices, v] }, '本人への通知を記録')
    )
    if (ok) person.reset({ name: '', notifiedOn: today, method: 'letter' })
  })
  const saveMode = mode.handleSubmit((v) =>
    save.run('通知の方法を保存しました。', () =>
      updateIncident(
        ctx,
        actor,
        incident.id,
        { noticeMode: v.noticeMode, publicNotice: { on: v.on === '' ? null : v.on, text: v.text } },
        '通知の方法・公表を保存'
      )
    )
  )
  const pe = person.formState.errors
  const me = mode.formState.errors
  return (
    <section className="panel" aria-labelledby="notices-title">
      <h2 id="notices-title">本人への通知(規則10条)</h2>
      <form onSubmit={(e) => void saveMode(e)} noValidate aria-label="通知の方法">
        <div className="row">
          <Field label="通知の方法" error={me.noticeMode?.message}>
            {(p) => (
              <select {...p} {...mode.register('noticeMode')}>
                {NOTICE_MODES.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="公表日" error={me.on?.message}>
            {(p) => <input {...p} type="date" {...mode.register('on')} />}
          </Field>
        </div>
        <Field label="公表した内容・場所" error={me.text?.message}>
          {(p) => <textarea {...p} rows={2} className="wide" {...mode.register('text')} />}
        </Field>
        <div className="actions">
          <button type="submit" className="secondary" disabled={save.busy}>
            通知の方法を保存
          </button>
        </div>
      </form>
      {incident.notices.length > 0 && (
        <ul aria-label="通知した本人">
          {incident.notices.map((n, i) => (
            <li key={i}>
              {n.name} 様 {date(n.notifiedOn)} {labelOf(NOTICE_METHODS, n.method)}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void addPerson(e)} noValidate aria-label="本人への通知を追加">
        <div className="row">
          <Field label="通知した本人の氏名" required error={pe.name?.message}>
            {(p) => <input {...p} {...person.register('name')} />}
          </Field>
          <Field label="通知日" required error={pe.notifiedOn?.message}>
            {(p) => <input {...p} type="date" {...person.register('notifiedOn')} />}
          </Field>
          <Field label="通知の手段" error={pe.method?.message}>
            {(p) => (
              <select {...p} {...person.register('method')}>
                {NOTICE_METHODS.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <SaveMessage state={save} />
        <div className="actions">
          <button type="submit" disabled={save.busy}>
            通知を記録
          </button>
          <Link to={`/incidents/${incident.id}/notice`}>本人への通知文(ひな形)を開く</Link>
        </div>
      </form>
    </section>
  )
}
