// The published procedure (設定 → 請求手続): its versions by effective date, a new version, and the printed guide.
import { Link } from 'react-router'
import { listProcedureVersions, loadSettings, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useToday } from '../../app/useToday'
import { useScreenDate } from '../../app/useScreenDate'
import { procedureInForce } from '../../domain/procedure/rules'
import { ProcedureForm } from './ProcedureForm'
import { procedurePrefill } from './procedureDefaults'
import '../incidents/incidents.css'

export function ProcedurePage() {
  const ctx = useDb()
  const actor = useActor()
  const today = useToday()
  const date = useScreenDate()
  const data = useLiveQuery(
    async () => ({ versions: await listProcedureVersions(ctx), settings: await loadSettings(ctx) }),
    [ctx]
  )
  if (actor.role !== 'manager') return <p role="alert">請求手続は管理者のみが変更できます。</p>
  if (data === undefined) return <p className="loading">読み込み中…</p>
  const { versions, settings } = data
  const current = procedureInForce(versions, today)
  const latest = versions.at(-1)
  return (
    <section aria-labelledby="procedure-title" className="records-page">
      <h1 id="procedure-title">開示等の請求手続(公表する内容)</h1>
      <p className="muted">
        変更するときは、施行日を決めて新しい版を登録します。各請求は受付日に施行されていた版で扱われます。
      </p>
      <table className="history" aria-label="請求手続の版">
        <thead>
          <tr>
            <th scope="col">版</th>
            <th scope="col">施行日</th>
            <th scope="col">手数料(1件)</th>
            <th scope="col">状態</th>
            <th scope="col">ご案内</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => (
            <tr key={v.id}>
              <td>第{i + 1}版</td>
              <td>{date(v.effectiveFrom)}</td>
              <td>{v.fees.perRequest.toLocaleString('ja-JP')}円</td>
              <td>{v.id === current?.id ? '施行中' : v.effectiveFrom > today ? '施行前' : '旧版'}</td>
              <td>
                <Link to={`/procedure/${v.id}/print`}>第{i + 1}版のご案内を印刷</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length === 0 && <p role="alert">まだ登録されていません。最初の版を登録してください。</p>}
      <ProcedureForm initial={procedurePrefill(latest, settings, today)} />
    </section>
  )
}
