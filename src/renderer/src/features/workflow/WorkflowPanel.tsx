import type { RequestRecord } from '../../domain/request'

/** The next step for this request (identity check, investigation, decision, approval, holds). */
export function WorkflowPanel({ record }: { record: RequestRecord }) {
  return <section aria-label="対応"><p className="muted">状態: {record.status}</p></section>
}
