// The 受付票 (控え) on A4 or A5: what the requester takes home from the counter.
import '@fontsource/noto-serif-jp/400.css'
import './paper.css'
import type { ReceiptSlip } from '../../domain/papers/receiptSlip'

export function ReceiptSlipView({ slip, size }: { slip: ReceiptSlip; size: 'a4' | 'a5' }) {
  return (
    <article className={`paper-sheet ${size}`} aria-label="受付票(印刷される内容)">
      <p className="paper-right">(控え)</p>
      <h2>受付票</h2>
      <p className="paper-big">
        <span className="nowrap">{slip.addressee}</span>
      </p>
      <p>次のとおり請求等を受け付けました。お問い合わせの際は受付番号をお知らせください。</p>
      <table>
        <tbody>
          <tr>
            <th scope="row">受付番号</th>
            <td className="paper-big">{slip.receiptNo}</td>
          </tr>
          <tr>
            <th scope="row">受付日</th>
            <td>
              {slip.receivedOnText}({slip.channelLabel})
            </td>
          </tr>
          <tr>
            <th scope="row">請求等の種類</th>
            <td>{slip.kindLabel}</td>
          </tr>
          <tr>
            <th scope="row">お知らせの目標日</th>
            <td>{slip.dueText}</td>
          </tr>
        </tbody>
      </table>
      <h3>このあとの流れ</h3>
      <ol>
        {slip.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {slip.stillNeeded.length > 0 && (
        <>
          <h3>まだお預かりしていない書類</h3>
          <ul>
            {slip.stillNeeded.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <p className="paper-note">個人番号(マイナンバー)の記載がある書類は、その部分を隠してご提出ください。</p>
        </>
      )}
      <h3>お問い合わせ窓口</h3>
      {slip.contact.map((c, i) => (
        <p key={i}>{c}</p>
      ))}
    </article>
  )
}
