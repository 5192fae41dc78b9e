// A record (an incident, a register of provisions, the published procedure) on A4 portrait: a title, the
// clinic's name and the date, and numbered sections of lines. One layout for preview, print and PDF.
import '@fontsource/noto-serif-jp/400.css'
import '../letter/letter.css'
import './recordSheet.css'
import type { ReactNode } from 'react'

export interface RecordSection {
  heading: string
  lines: readonly string[]
}

export function RecordSheet({
  title,
  subtitle,
  sections,
  children
}: {
  title: string
  subtitle: readonly string[]
  sections: readonly RecordSection[]
  children?: ReactNode
}) {
  return (
    <article className="letter-sheet record-sheet" aria-label={`${title}(印刷される内容)`}>
      <h2 className="record-title">{title}</h2>
      <p className="record-subtitle">
        {subtitle.map((s, i) => (
          <span key={i}>{s}</span>
        ))}
      </p>
      {sections.map((s, i) => (
        <section key={i} className="record-section">
          <h3>{s.heading}</h3>
          {s.lines.map((l, j) => (
            <p key={j}>{l}</p>
          ))}
        </section>
      ))}
      {children}
    </article>
  )
}
