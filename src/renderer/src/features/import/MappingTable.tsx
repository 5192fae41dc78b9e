// Which column of the ledger fills each field of the register; required fields are marked.
import { LEDGER_FIELDS, type ColumnMapping, type LedgerFieldId } from '../../domain/import/ledgerFields'

export function MappingTable({
  headers,
  mapping,
  onChange
}: {
  headers: readonly string[]
  mapping: ColumnMapping
  onChange: (id: LedgerFieldId, column: number | null) => void
}) {
  return (
    <table className="history import-mapping" aria-label="列の対応">
      <thead>
        <tr>
          <th scope="col">受付簿の項目</th>
          <th scope="col">台帳の列</th>
        </tr>
      </thead>
      <tbody>
        {LEDGER_FIELDS.map((f) => (
          <tr key={f.id}>
            <th scope="row">
              <label htmlFor={`map-${f.id}`}>
                {f.label}
                {f.required && <span className="required">(必須)</span>}
              </label>
            </th>
            <td>
              <select
                id={`map-${f.id}`}
                value={mapping[f.id] ?? ''}
                onChange={(e) => onChange(f.id, e.target.value === '' ? null : Number(e.target.value))}
              >
                <option value="">(使わない)</option>
                {headers.map((h, i) => (
                  <option key={i} value={i}>
                    {h === '' ? `${i + 1}列目` : h}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
