// 監査記録: who opened a given request, and when (the access log), looked up by its 受付番号.
import { useState } from 'react'
import { viewsOfRequest } from '../../db'
import type { AuditEntry } from '../../domain/audit'
import { useDb } from '../../app/services'
import { formatTokyoDateTime } from '../../domain/calendar'
import { Field } from '../../ui/Field'

export function ViewersOfRequest() {
  const ctx = useDb()
  const [receiptNo, setReceiptNo] = useState('')
  const [result, setResult] = useState<{ receiptNo: string; views: AuditEntry[] | null } | null>(null)
  const [error, setError] = useState<string | null>(null)
  async function search() {
    setError(null)
    try {
      setResult({ receiptNo: receiptNo.trim(), views: await viewsOfRequest(ctx, receiptNo) })
    } catch (e) {
      setError(`検索できませんでした。もう一度お試しください。(${e instanceof Error ? e.message : String(e)})`)
    }
  }
  return (
    <section aria-labelledby="viewers-title">
      <h2 id="viewers-title">請求を開いた職員</h2>
      <form
        aria-label="閲覧者の検索"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void search()
        }}
        className="row"
      >
        <Field label="受付番号" hint="例: 2026-0001">
          {(p) => <input {...p} value={receiptNo} onChange={(e) => setReceiptNo(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={receiptNo.trim() === ''}>
            閲覧した職員を表示
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="error banner">
          {error}
        </p>
      )}
      {result?.views === null && <p role="alert">受付番号 {result.receiptNo} の請求は見つかりません。</p>}
      {result?.views && (
        <table className="history" aria-label={`${result.receiptNo} の閲覧記録`}>
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">職員</th>
            </tr>
          </thead>
          <tbody>
            {result.views.map((e) => (
              <tr key={e.id}>
                <td>{formatTokyoDateTime(e.at, true)}</td>
                <td>{e.actorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
