// An incident on A4 (the report items, submissions and notices), or the notice letter to one person.
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { getIncident, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { formatShortDate } from '../../domain/calendar'
import { incidentNoticeLetter } from '../../domain/incidents/noticeLetter'
import { incidentSections } from '../../domain/incidents/reportSheet'
import { LetterView } from '../../print/letter/LetterView'
import { RecordSheet } from '../../print/records/RecordSheet'
import { Field } from '../../ui/Field'
import { PrintBar } from '../records/PrintBar'
import './incidents.css'

export function IncidentPrintPage({ what }: { what: 'report' | 'notice' }) {
  const { id = '' } = useParams()
  const ctx = useDb()
  const settings = useSettings()
  const today = useToday()
  const [name, setName] = useState('')
  const incident = useLiveQuery(async () => (await getIncident(ctx, id)) ?? null, [ctx, id])
  if (incident === undefined) return <p className="loading">読み込み中…</p>
  if (incident === null) return <p role="alert">この事案は見つかりません。</p>
  const back = (
    <Link className="no-print" to={`/incidents/${incident.id}`}>
      事案の画面に戻る
    </Link>
  )
  if (what === 'notice') {
    return (
      <section aria-label="本人への通知文">
        <div className="no-print print-bar">
          <h1>本人への通知文(ひな形)</h1>
          <Field label="宛名(本人の氏名)">
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          {back}
        </div>
        <PrintBar
          fileName={`漏えい等のお知らせ ${name}`}
          audit={{ entity: 'incident', entityId: incident.id, summary: '本人への通知文' }}
        />
        <LetterView content={incidentNoticeLetter(incident, name, today, settings)} reissue={false} />
      </section>
    )
  }
  return (
    <section aria-label="事案の記録(A4)">
      <div className="no-print print-bar">
        <h1>事案の記録(A4)</h1>
        {back}
      </div>
      <PrintBar
        fileName={`漏えい等の事案 ${incident.title}`}
        audit={{ entity: 'incident', entityId: incident.id, summary: '事案の記録' }}
      />
      <RecordSheet
        title="漏えい等の事案の記録"
        subtitle={[settings.letterhead.corporationName, `出力日 ${formatShortDate(today)}`]}
        sections={incidentSections(incident, settings.records.preliminaryReportDays, settings.deadline)}
      />
    </section>
  )
}
