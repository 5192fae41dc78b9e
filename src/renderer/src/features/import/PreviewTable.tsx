// The rows that need attention: each with its errors in Japanese and a box to leave it out of the import.
import type { RowResult } from '../../domain/import/ledgerRow'

/** More than this many problem rows are summarised: the file needs fixing in Excel, not row by row here. */
const SHOWN = 300

export function PreviewTable({
  results,
  excluded,
  onToggle
}: {
  results: readonly RowResult[]
  excluded: ReadonlySet<number>
  onToggle: (row: number) => void
}) {
  const bad = results.flatMap((r, i) => (r.ok ? [] : [{ i, errors: r.errors }]))
  if (bad.length === 0) return null
  return (
    <>
      <table className="history import-errors" aria-label="誤りのある行">
        <thead>
          <tr>
            <th scope="col">行</th>
            <th scope="col">誤り</th>
            <th scope="col">除外</th>
          </tr>
        </thead>
        <tbody>
          {bad.slice(0, SHOWN).map(({ i, errors }) => (
            <tr key={i} className={excluded.has(i) ? 'muted' : undefined}>
              {/* The ledger's own line number: its header is line 1. */}
              <td>{i + 2}行目</td>
              <td>
                <ul>
                  {errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${i + 2}行目を除外`}
                  checked={excluded.has(i)}
                  onChange={() => onToggle(i)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {bad.length > SHOWN && <p className="hint">ほか {bad.length - SHOWN} 行にも誤りがあります。</p>}
    </>
  )
}
