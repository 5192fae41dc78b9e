// Provision and receipt records as a printed table, one row each with every item the law asks for.
import { formatShortDate } from '../../domain/calendar'
import { labelOf } from '../../domain/catalogue'
import { PROVISION_BASES } from '../../domain/provisions/forms'
import type { ProvisionRecord } from '../../domain/records/provision'

export function ProvisionSheetTable({ rows }: { rows: readonly ProvisionRecord[] }) {
  return (
    <table className="record-table">
      <thead>
        <tr>
          <th>種類</th>
          <th>提供・受領日</th>
          <th>相手方(住所・代表者)</th>
          <th>本人</th>
          <th>個人データの項目</th>
          <th>根拠・取得の経緯</th>
          <th>保存期限</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.direction === 'provision' ? '提供' : '受領'}</td>
            <td>{formatShortDate(r.lastProvidedOn)}</td>
            <td>
              {[r.counterpartyName, r.counterpartyAddress, r.counterpartyRepresentative].filter(Boolean).join(' / ')}
            </td>
            <td>{r.personName}</td>
            <td>{r.dataItems}</td>
            <td>{[labelOf(PROVISION_BASES, r.basis), r.howObtained].filter(Boolean).join(' / ')}</td>
            <td>{formatShortDate(r.retentionEnd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
