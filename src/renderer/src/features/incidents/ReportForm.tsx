// The reportable situations and the nine report items of 規則8条1項: drafted for the 速報, completed for the 確報.
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { updateIncident } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { INCIDENT_SITUATIONS, REPORT_ITEMS } from '../../domain/incidents/catalogue'
import { reportFormSchema, type ReportForm as Values } from '../../domain/incidents/forms'
import type { IncidentRecord } from '../../domain/records/incident'
import { Field } from '../../ui/Field'
import { SaveMessage, useSave } from '../records/useSave'

export function ReportForm({ incident }: { incident: IncidentRecord }) {
  const ctx = useDb()
  const actor = useActor()
  const save = useSave()
  const {
    register,
    handleSubmit,
    formState: { errors }
  } = useForm<Values>({
    resolver: zodResolver(reportFormSchema),
    defaultValues: { situations: incident.situations, report: incident.report }
  })
  const submit = handleSubmit((v) =>
    save.run('報告事項を保存しました。', () => updateIncident(ctx, actor, incident.id, v, '報告事項を保存'))
  )
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="報告事項" className="panel">
      <h2>報告事項(規則8条1項)</h2>
      <fieldset className="checks column">
        <legend>報告対象となる事態(1つでも該当すれば報告対象)</legend>
        {INCIDENT_SITUATIONS.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" value={s.id} {...register('situations')} />
            {s.label}
          </label>
        ))}
      </fieldset>
      {REPORT_ITEMS.map((item, i) => (
        <Field
          key={item.id}
          label={`(${i + 1}) ${item.label}`}
          error={errors.report?.[item.id]?.message}
          hint={item.notice ? '本人への通知にも載ります' : undefined}
        >
          {(p) => <textarea {...p} rows={2} className="wide" {...register(`report.${item.id}`)} />}
        </Field>
      ))}
      <SaveMessage state={save} />
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          報告事項を保存
        </button>
      </div>
    </form>
  )
}
