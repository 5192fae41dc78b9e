// A letter on A4 portrait, as previewed, printed and saved as PDF: one layout for all three, so what staff
// see is what goes out. The serif font is bundled so letters look the same on every PC and in every PDF.
import '@fontsource/noto-serif-jp/400.css'
import './letter.css'
import type { LetterContent, LetterItem } from '../../domain/letters/content'
import { lineSegments, printedWidth } from '../../domain/letters/segments'

/** A line that wraps only between its segments (at spaces and between address parts), never inside a word. */
function Segmented({ text }: { text: string }) {
  return (
    <>
      {lineSegments(text).map((seg, i, all) => (
        // A space stays outside the unbreakable span, where the line may wrap; address parts meet at a <wbr>.
        <span key={i}>
          {i > 0 && (/\s$/u.test(all[i - 1] ?? '') ? ' ' : <wbr />)}
          <span className="seg">{seg.trim()}</span>
        </span>
      ))}
    </>
  )
}

/** The 宛名 shrinks a step before it wraps: 12pt up to 18 characters, then 11pt, then 10.5pt. */
function addresseeSize(text: string): string {
  const w = printedWidth(text)
  return w <= 18 ? 'size-l' : w <= 21 ? 'size-m' : 'size-s'
}

/** Quoted for a CSS string: the 文書番号 is staff-configurable text. */
function cssString(s: string): string {
  return `"${s.replace(/[\\"\n\r<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`
}

/** Continuation pages carry the 文書番号 and 'n/N' at the top right, so a loose page is known. */
function ContinuationHeader({ documentNo }: { documentNo: string }) {
  const css = `@page letter { @top-right { content: ${cssString(documentNo)} "\\3000" counter(page) "/" counter(pages); } } @page letter:first { @top-right { content: none; } }`
  return <style>{css}</style>
}

/** '(1)…' lines hang under their number; other lines are indented paragraphs. */
function Line({ text }: { text: string }) {
  const numbered = /^[(（]\d+[)）]/.test(text)
  return <p className={numbered ? 'letter-line numbered' : 'letter-line'}>{text}</p>
}

function Item({ n, item }: { n: number; item: LetterItem }) {
  return (
    <li className="letter-item">
      <p className="letter-item-heading">
        <span className="letter-item-no">{n}</span>
        {item.heading}
      </p>
      {item.lines.map((line, i) => (
        <Line key={i} text={line} />
      ))}
    </li>
  )
}

/** Any letter on the letterhead; request letters carry their template id, other records' letters need none. */
export function LetterView({ content, reissue }: { content: Omit<LetterContent, 'templateId'>; reissue: boolean }) {
  return (
    <article className="letter-sheet" aria-label={`${content.title}(印刷される内容)`}>
      <ContinuationHeader documentNo={content.documentNo} />
      <div className="letter-top">
        {/* In the window of a 長形3号 envelope when the A4 sheet is folded in three: 〒, address, 宛名. */}
        <div className="letter-window">
          {(content.recipient ?? []).map((line, i) => (
            <p key={i} className="letter-recipient">
              <Segmented text={line} />
            </p>
          ))}
          <p className={`letter-addressee ${addresseeSize(content.addressee)}`}>
            <Segmented text={content.addressee} />
          </p>
        </div>
        <header className="letter-head">
          {reissue && <p className="letter-reissue">再発行</p>}
          <p className="letter-docno">{content.documentNo}</p>
          <p className="letter-date">{content.dateText}</p>
        </header>
      </div>
      <div className="letter-parties">
        <address className="letter-sender">
          {content.sender.map((line, i) => (
            <span key={i} className="letter-sender-line">
              <Segmented text={line} />
            </span>
          ))}
        </address>
      </div>
      <h2 className="letter-title">{content.title}</h2>
      {content.body.map((p, i) => (
        <p key={i} className="letter-body">
          {p}
        </p>
      ))}
      <p className="letter-ki">記</p>
      <ol className="letter-items">
        {content.items.map((item, i) => (
          <Item key={i} n={i + 1} item={item} />
        ))}
      </ol>
      <p className="letter-end">以上</p>
    </article>
  )
}
