// The letters of one request on its page: which letters fit now (with a preview), and those already issued.
import { Link } from 'react-router'
import { lettersFor, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useScreenDate } from '../../app/useScreenDate'
import { labelOf } from '../../domain/catalogue'
import { letterTemplateById, letterTitle, lettersThatFit, whyNotIssuable } from '../../domain/letters'
import { SENT_BY } from '../../domain/letters/record'
import type { RequestRecord } from '../../domain/request'
import './letters.css'

export function LettersPanel({ record }: { record: RequestRecord }) {
  const ctx = useDb()
  const date = useScreenDate()
  const issued = useLiveQuery(() => lettersFor(ctx, record.id), [ctx, record.id])
  const fits = lettersThatFit(record)
  return (
    <section className="letters-panel" aria-labelledby="letters-title">
      <h2 id="letters-title">通知書</h2>
      {fits.length === 0 && <p className="muted">決定が登録され、管理者が承認すると、ここから通知書を発行できます。</p>}
      <ul className="letter-fits">
        {fits.map((t) => {
          const why = whyNotIssuable(t, record)
          return (
            <li key={t}>
              <span className="letter-fit-title">{letterTitle(letterTemplateById(t), record.decision?.outcome)}</span>
              <span className={why === null ? 'letter-fit-ok' : 'muted'}>{why ?? '発行できます'}</span>
              <Link to={`/requests/${record.id}/letters/${t}`}>プレビュー</Link>
            </li>
          )
        })}
      </ul>
      {issued && issued.length > 0 && (
        <table className="history" aria-label="発行済みの通知書">
          <thead>
            <tr>
              <th scope="col">文書番号</th>
              <th scope="col">通知書</th>
              <th scope="col">発行日</th>
              <th scope="col">送付方法</th>
              <th scope="col">発行者</th>
              <th scope="col">再印刷</th>
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {issued.map((l) => (
              <tr key={l.id}>
                <td>{l.documentNo}</td>
                <td>{l.content.title}</td>
                <td>{date(l.issuedOn)}</td>
                <td>{labelOf(SENT_BY, l.sentBy)}</td>
                <td>{l.issuedByName}</td>
                <td>{l.reprintCount}回</td>
                <td>
                  <Link
                    to={`/requests/${record.id}/letters/${l.templateId}?letter=${l.id}`}
                    aria-label={`${l.documentNo} を再印刷`}
                  >
                    再印刷
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
