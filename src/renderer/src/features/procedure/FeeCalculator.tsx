// The fee for a disclosure under the version's fee table (APPI 38条: at actual cost), item by item.
import { useState } from 'react'
import { computeFee } from '../../domain/procedure/rules'
import type { FeeTable } from '../../domain/records/procedure'

const count = (s: string) => (/^\d{1,4}$/.test(s) ? Number(s) : 0)

export function FeeCalculator({ fees }: { fees: FeeTable }) {
  const [v, setV] = useState({ pagesBw: '0', pagesColour: '0', discs: '0', explanationMinutes: '0', mailed: false })
  const result = computeFee(fees, {
    pagesBw: count(v.pagesBw),
    pagesColour: count(v.pagesColour),
    discs: count(v.discs),
    explanationMinutes: count(v.explanationMinutes),
    mailed: v.mailed
  })
  const input = (key: 'pagesBw' | 'pagesColour' | 'discs' | 'explanationMinutes', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input inputMode="numeric" value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
    </label>
  )
  return (
    <div className="panel" role="group" aria-label="手数料の計算">
      <div className="row">
        {input('pagesBw', '白黒の枚数')}
        {input('pagesColour', 'カラーの枚数')}
        {input('discs', '記録媒体の枚数')}
        {input('explanationMinutes', '説明の時間(分)')}
        <label className="check">
          <input type="checkbox" checked={v.mailed} onChange={(e) => setV({ ...v, mailed: e.target.checked })} />
          郵送する
        </label>
      </div>
      <ul>
        {result.lines.map((l) => (
          <li key={l.label}>
            {l.label} {l.amount.toLocaleString('ja-JP')}円
          </li>
        ))}
      </ul>
      <p>
        <strong>手数料 合計 {result.total.toLocaleString('ja-JP')}円</strong>
      </p>
    </div>
  )
}
