// A request printed for the file (A4): its record as labelled tables, section by section, not the screen.
import '@fontsource/noto-serif-jp/400.css'
import './paper.css'

export interface SummarySection {
  heading: string
  rows: readonly (readonly [label: string, value: string])[]
}

export function RequestSummaryView({
  title,
  printedOn,
  sections
}: {
  title: string
  printedOn: string
  sections: readonly SummarySection[]
}) {
  return (
    <article className="paper-sheet a4" aria-label="請求の記録(印刷される内容)">
      <p className="paper-right paper-note">印刷日 {printedOn}</p>
      <h2>{title}</h2>
      {sections.map((s) => (
        <section key={s.heading}>
          <h3>{s.heading}</h3>
          <table>
            <tbody>
              {s.rows.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td style={{ whiteSpace: 'pre-line' }}>{value === '' ? '—' : value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  )
}
