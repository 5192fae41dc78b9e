// On a 第三者提供記録の開示 request (APPI 33条5項): the provision and receipt records of the person, and the
// enclosure listing them for the decision letter.
import { Link } from 'react-router'
import { provisionRecordsOf, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useToday } from '../../app/useToday'
import type { RequestRecord } from '../../domain/request'
import { ProvisionTable } from './ProvisionTable'

export function RequestProvisionRecords({ record }: { record: RequestRecord }) {
  const ctx = useDb()
  const today = useToday()
  const rows = useLiveQuery(() => provisionRecordsOf(ctx, record.person), [ctx, record.person])
  return (
    <section aria-labelledby="request-provisions-title">
      <h2 id="request-provisions-title">この方の提供記録・確認記録</h2>
      {rows === undefined ? <p>読み込み中…</p> : <ProvisionTable rows={rows} today={today} label="この方の記録" />}
      <p>
        <Link to={`/requests/${record.id}/provision-records`}>通知書の別紙(記録の一覧)を印刷する</Link>
      </p>
    </section>
  )
}
