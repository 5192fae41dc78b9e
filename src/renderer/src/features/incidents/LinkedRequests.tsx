// Requests under 利用停止等 grounds (5)–(8) that cite this incident, and linking one by its 受付番号.
import { useState } from 'react'
import { Link } from 'react-router'
import { linkRequestToIncident, requestsOfIncident, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import type { IncidentRecord } from '../../domain/records/incident'
import { statusLabel } from '../../domain/status'
import { Field } from '../../ui/Field'
import { SaveMessage, useSave } from '../records/useSave'

export function LinkedRequests({ incident }: { incident: IncidentRecord }) {
  const ctx = useDb()
  const actor = useActor()
  const save = useSave()
  const [receiptNo, setReceiptNo] = useState('')
  const linked = useLiveQuery(() => requestsOfIncident(ctx, incident), [ctx, incident])
  async function link() {
    const ok = await save.run(`${receiptNo} を紐づけました。`, () =>
      linkRequestToIncident(ctx, actor, incident.id, receiptNo)
    )
    if (ok) setReceiptNo('')
  }
  return (
    <section className="panel" aria-labelledby="linked-title">
      <h2 id="linked-title">この事案を理由とする請求</h2>
      {linked?.length ? (
        <ul aria-label="紐づいた請求">
          {linked.map((r) => (
            <li key={r.id}>
              <Link to={`/requests/${r.id}`}>{r.receiptNo}</Link> {statusLabel(r.status)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">ありません。</p>
      )}
      <form
        aria-label="請求の紐づけ"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void link()
        }}
      >
        <Field label="受付番号" hint="利用停止等の事由(5)〜(8)を挙げた請求を紐づけます(例: 2026-0012)">
          {(p) => <input {...p} value={receiptNo} onChange={(e) => setReceiptNo(e.target.value)} />}
        </Field>
        <SaveMessage state={save} />
        <div className="actions">
          <button type="submit" disabled={save.busy || receiptNo.trim() === ''}>
            請求を紐づける
          </button>
        </div>
      </form>
    </section>
  )
}
