// Provision and receipt records as a table, with their retention end (red once it has passed).
import { useScreenDate } from '../../app/useScreenDate'
import { isExpired } from '../../domain/provisions/retention'
import type { ProvisionRecord } from '../../domain/records/provision'
import { Badge } from '../../ui/Badge'

export function ProvisionTable({
  rows,
  today,
  label
}: {
  rows: readonly ProvisionRecord[]
  today: string
  label: string
}) {
  const date = useScreenDate()
  if (rows.length === 0) return <p className="muted">記録はありません。</p>
  return (
    <table className="history" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">種類</th>
          <th scope="col">作成日</th>
          <th scope="col">提供・受領日</th>
          <th scope="col">相手方</th>
          <th scope="col">本人</th>
          <th scope="col">項目</th>
          <th scope="col">保存期限</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              {r.direction === 'provision' ? '提供' : '受領'}({r.form === 'bulk' ? '一括' : '個別'}
              {r.contract ? '・契約書' : ''})
            </td>
            <td>{date(r.recordedOn)}</td>
            <td>{date(r.lastProvidedOn)}</td>
            <td>{r.counterpartyName}</td>
            <td>{r.personName}</td>
            <td>{r.dataItems}</td>
            <td>
              {date(r.retentionEnd)} {isExpired(r, today) && <Badge tone="danger">保存期間経過</Badge>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
