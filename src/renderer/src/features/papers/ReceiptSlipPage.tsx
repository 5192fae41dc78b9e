// The 受付票 (控え) of one request, previewed as it prints, on A4 or A5.
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { getRequest, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { buildReceiptSlip } from '../../domain/papers/receiptSlip'
import { ReceiptSlipView } from '../../print/paper/ReceiptSlipView'
import { PaperActions } from './PaperActions'
import './papers.css'

export function ReceiptSlipPage() {
  const { id = '' } = useParams()
  const ctx = useDb()
  const settings = useSettings()
  const [size, setSize] = useState<'a4' | 'a5'>('a5')
  const record = useLiveQuery(async () => (await getRequest(ctx, id)) ?? null, [ctx, id])
  if (record === undefined) return <p className="loading">読み込み中…</p>
  if (record === null)
    return (
      <p role="alert">
        この請求は見つかりません。<Link to="/register">受付簿に戻る</Link>
      </p>
    )
  const slip = buildReceiptSlip(record, settings)
  return (
    <section className="paper-page" aria-labelledby="paper-title">
      <div className="page-head no-print">
        <h1 id="paper-title">{record.receiptNo} 受付票(控え)</h1>
        <Link to={`/requests/${record.id}`}>請求の画面に戻る</Link>
      </div>
      <fieldset className="no-print paper-size">
        <legend>用紙</legend>
        {(['a5', 'a4'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="paper-size" checked={size === s} onChange={() => setSize(s)} />
            {s.toUpperCase()}
          </label>
        ))}
      </fieldset>
      <PaperActions
        printDirect={settings.printDirect}
        out={{
          label: '受付票',
          entityId: record.id,
          kind: 'receipt',
          fileName: `${record.receiptNo} 受付票.pdf`,
          a5: size === 'a5',
          payload: { receiptNo: record.receiptNo }
        }}
      />
      <ReceiptSlipView slip={slip} size={size} />
    </section>
  )
}
