// The log's main table, one row per request. Columns come from the domain, shared with the CSV. On screen a long
// month is drawn in steps (useRowsInSteps); printed, it is always whole.
import type { MonthlyLogRow } from '../../domain/monthlyLog'
import { MONTHLY_LOG_COLUMNS } from '../../domain/monthlyLogColumns'
import { FIRST_ROWS, ROWS_PER_STEP } from './useRowsInSteps'

const show = (v: string | number | null): string => (v === null ? '' : String(v))

/** The drawn rows in the slices they were added in: each slice its own row group, laid out once. */
function slices(rows: readonly MonthlyLogRow[], drawn: number): MonthlyLogRow[][] {
  const out = [rows.slice(0, Math.min(drawn, FIRST_ROWS))]
  for (let at = FIRST_ROWS; at < drawn; at += ROWS_PER_STEP)
    out.push(rows.slice(at, Math.min(drawn, at + ROWS_PER_STEP)))
  return out
}

function Row({ r }: { r: MonthlyLogRow }) {
  return (
    <tr className={r.overdue ? 'ml-overdue' : undefined}>
      {MONTHLY_LOG_COLUMNS.map((c) => (
        <td key={c.key} className={`ml-c-${c.key}`}>
          {show(c.value(r))}
        </td>
      ))}
    </tr>
  )
}

/** `drawn`: how many rows are drawn so far (useRowsInSteps); all of them when absent. */
export function MonthlyLogTable({ rows, drawn = rows.length }: { rows: readonly MonthlyLogRow[]; drawn?: number }) {
  const whole = drawn >= rows.length
  return (
    <table className="ml-table" aria-busy={!whole}>
      <caption>
        処理一覧({rows.length}件)
        {!whole && <span className="ml-screen-only ml-drawing">(残りの行を表示しています…)</span>}
      </caption>
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
      {rows.length === 0 && (
        <tbody>
          <tr>
            <td colSpan={MONTHLY_LOG_COLUMNS.length}>この月に受け付けた請求・処理中だった請求はありません。</td>
          </tr>
        </tbody>
      )}
      {rows.length > 0 &&
        slices(rows, drawn).map((slice, i) => (
          <tbody key={i}>
            {slice.map((r) => (
              <Row key={r.id} r={r} />
            ))}
          </tbody>
        ))}
    </table>
  )
}
