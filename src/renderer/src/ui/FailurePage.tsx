// What staff see when a screen could not be shown: what happened, that saved records are safe, and what to do,
// in Japanese. The technical detail is for IT: it goes to the log and sits folded at the bottom.
import type { ReactNode } from 'react'

export interface FailurePageProps {
  /** One line on what went wrong, in Japanese. */
  summary: string
  /** The technical detail (the error's name and message), folded away for IT. */
  detail: string
  /** A way on that keeps the app usable: back home, the register. */
  links?: ReactNode
  onRetry: () => void
}

export function FailurePage({ summary, detail, links, onRetry }: FailurePageProps) {
  return (
    <section className="failure-page" role="alert" aria-labelledby="failure-title">
      <h1 id="failure-title">画面を表示できませんでした</h1>
      <p>{summary}</p>
      <p>保存済みの記録は消えていません。次の順にお試しください。</p>
      <ol>
        <li>「もう一度表示する」を押す。</li>
        <li>続く場合は、アプリを閉じて開き直す。</li>
        <li>
          それでも続く場合は、情報システム担当に連絡する(下の「技術情報」を伝えてください)。記録が読み込めないときは、管理者が「設定」のバックアップから復元できます。
        </li>
      </ol>
      <p className="actions">
        <button type="button" onClick={onRetry}>
          もう一度表示する
        </button>
        {links}
      </p>
      <details>
        <summary>技術情報(情報システム担当向け)</summary>
        <pre>{detail}</pre>
      </details>
    </section>
  )
}

/** The detail of any thrown value, for the log and the folded 技術情報. */
export function technicalDetail(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}`
  if (typeof error === 'object' && error !== null && 'status' in error && 'statusText' in error)
    return `${String(error.status)} ${String(error.statusText)}`
  return String(error)
}
