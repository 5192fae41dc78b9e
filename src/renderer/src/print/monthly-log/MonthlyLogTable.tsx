// The log's main table, one row per request. Columns come from the domain, shared with the CSV.
import type { MonthlyLogRow } from '../../domain/monthlyLog'
import { MONTHLY_LOG_COLUMNS } from '../../domain/monthlyLogColumns'

const show = (v: string | number | null): string => (v === null ? '' : String(v))

export function MonthlyLogTable({ rows }: { rows: readonly MonthlyLogRow[] }) {
  return (
    <table className="ml-table">
      <caption>処理一覧({rows.length}件)</caption>
      <colgroup>
        {MONTHLY_LOG_COLUMNS.map((c) => (
          <col key={c.key} className={`ml-col-${c.key}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {MONTHLY_LOG_COLUMNS.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={MONTHLY_LOG_COLUMNS.length}>この月に受け付けた請求・処理中だった請求はありません。</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.id} className={r.overdue ? 'ml-overdue' : undefined}>
            {MONTHLY_LOG_COLUMNS.map((c) => (
              <td key={c.key} className={`ml-c-${c.key}`}>
                {show(c.value(r))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
