// The blank 開示等請求書 on A4: tick boxes and blank fields for the person to fill in by hand.
import '@fontsource/noto-serif-jp/400.css'
import './paper.css'
import type { RequestForm } from '../../domain/papers/requestForm'

function Choices({ items }: { items: readonly string[] }) {
  return (
    <div className="paper-choices">
      {items.map((s) => (
        <span key={s}>{s}</span>
      ))}
    </div>
  )
}

function Blank({ label, tall = false }: { label: string; tall?: boolean }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className={tall ? 'paper-blank tall' : 'paper-blank'} />
    </tr>
  )
}

export function RequestFormView({ form }: { form: RequestForm }) {
  return (
    <article className="paper-sheet a4 paper-form" aria-label="開示等請求書(印刷される内容)">
      <p className="paper-right">{'記入日\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日'}</p>
      <p>{form.addressee} 御中</p>
      <h2>{form.title}</h2>
      <p>次のとおり請求します。(あてはまるものに✓を付けてください)</p>
      <h3>1 請求の種類(1つ選んでください)</h3>
      <div className="paper-choices">
        {form.kinds.map((k) => (
          <span key={k.label}>
            {k.label}
            <span className="paper-note">({k.article})</span>
          </span>
        ))}
      </div>
      <h3>2 ご本人(患者さま)</h3>
      <table>
        <tbody>
          <Blank label="フリガナ" />
          <Blank label="氏名" />
          <Blank label="生年月日" />
          <Blank label="診察券番号(分かれば)" />
          <Blank label="住所・電話" tall />
        </tbody>
      </table>
      <h3>3 請求する方</h3>
      <Choices items={form.requesterTypes} />
      <table>
        <tbody>
          <Blank label="氏名(本人以外)" />
          <Blank label="本人との関係" />
          <Blank label="住所・電話" />
        </tbody>
      </table>
      <h3>4 対象となる情報と期間</h3>
      <Choices items={[...form.dataCategories, 'その他（\u3000\u3000\u3000\u3000\u3000\u3000）']} />
      <table>
        <tbody>
          <Blank label="期間" />
          <Blank label="具体的な内容" tall />
        </tbody>
      </table>
      <h3>5 開示の方法(開示・利用目的の通知のとき)</h3>
      <Choices items={form.methods} />
      <p>主治医からの説明を □ 希望する □ 希望しない</p>
      <h3>6 手数料</h3>
      <p className="paper-note">{form.fees.join(' / ')}</p>
      <h3>7 お持ちいただく書類</h3>
      <ul className="paper-note">
        {form.documents.map((d) => (
          <li key={d.heading}>
            {d.heading}: {d.lines.join(' ')}
          </li>
        ))}
      </ul>
      <p className="paper-note">
        請求の理由を書いていただく必要はありません。個人番号(マイナンバー)や保険証の記号・番号は書かないでください。
      </p>
      <p className="paper-note">お問い合わせ: {form.contact.join(' ')}</p>
    </article>
  )
}
