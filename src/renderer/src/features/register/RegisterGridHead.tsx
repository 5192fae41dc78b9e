// The register's column headers; the sortable ones are buttons that turn the order round, and the sorted
// column says so with aria-sort (and an arrow for the eye).
import type { RegisterSort, RegisterSortKey } from '../../domain/registerSort'

const COLUMNS: readonly { label: string; sort?: RegisterSortKey }[] = [
  { label: '受付番号', sort: 'receiptNo' },
  { label: '受付日', sort: 'receivedOn' },
  { label: '種別', sort: 'kind' },
  { label: '氏名' },
  { label: '請求者' },
  { label: '状態', sort: 'status' },
  { label: '期限', sort: 'dueOn' }
]

export function RegisterGridHead({ sort, onSort }: { sort: RegisterSort; onSort: (key: RegisterSortKey) => void }) {
  return (
    <div role="row" className="grid-row grid-head" aria-rowindex={1}>
      {COLUMNS.map((c) => {
        if (c.sort === undefined)
          return (
            <span role="columnheader" key={c.label}>
              {c.label}
            </span>
          )
        const key = c.sort
        const active = sort.key === key
        return (
          <span
            role="columnheader"
            key={c.label}
            aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button type="button" className="sort-button" onClick={() => onSort(key)}>
              {c.label}
              <span aria-hidden="true" className="sort-mark">
                {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
              </span>
            </button>
          </span>
        )
      })}
    </div>
  )
}
