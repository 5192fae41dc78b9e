import type { RequestRecord } from '../../domain/request'

/** Letters for this request: preview, issue, reprint. */
export function LettersPanel({ record }: { record: RequestRecord }) {
  return <section aria-label="通知書"><p className="muted">{record.receiptNo}</p></section>
}
