// 提供記録・確認記録簿 (APPI 29・30条): every record with its retention end, a new record, and a manager's purge.
import { useState } from 'react'
import { Link } from 'react-router'
import { listProvisionRecords, purgeExpiredProvisionRecords, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { runBackup } from '../backup/runBackup'
import { useActor } from '../../app/session'
import { useToday } from '../../app/useToday'
import { isExpired } from '../../domain/provisions/retention'
import { isManager } from '../../domain/staff'
import { SaveMessage, useSave } from '../records/useSave'
import { ProvisionForm } from './ProvisionForm'
import { ProvisionTable } from './ProvisionTable'
import '../incidents/incidents.css'

export function ProvisionsPage() {
  const ctx = useDb()
  const actor = useActor()
  const today = useToday()
  const purge = useSave()
  const settings = useSettings()
  const [direction, setDirection] = useState<'all' | 'provision' | 'receipt'>('all')
  const rows = useLiveQuery(() => listProvisionRecords(ctx), [ctx])
  const shown = (rows ?? []).filter((r) => direction === 'all' || r.direction === direction)
  const expired = (rows ?? []).filter((r) => isExpired(r, today)).length
  return (
    <section aria-labelledby="provisions-title" className="records-page">
      <div className="page-head">
        <h1 id="provisions-title">提供記録・確認記録簿</h1>
        <Link to="/provisions/print">A4で印刷する</Link>
      </div>
      <p className="muted">
        第三者に個人データを提供したとき(29条)と第三者から受け取ったとき(30条)の記録です。保存期間は、作成日から3年(一括して作成した記録は最後の提供日から3年、契約書等で代える場合は最後の提供日から1年)です。
      </p>
      <div className="row">
        <label className="check">
          表示
          <select
            aria-label="表示する記録"
            value={direction}
            onChange={(e) => setDirection(e.target.value as typeof direction)}
          >
            <option value="all">すべて</option>
            <option value="provision">提供記録</option>
            <option value="receipt">確認記録</option>
          </select>
        </label>
      </div>
      <ProvisionTable rows={shown} today={today} label="提供・確認記録の一覧" />
      {isManager(actor) && (
        <div className="panel">
          <h2>保存期間を過ぎた記録の削除</h2>
          <p>保存期間を過ぎた記録: {expired}件</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={purge.busy || expired === 0}
              onClick={() =>
                void purge.run(
                  (n: number) => `保存期間を過ぎた記録を${n}件削除しました。`,
                  () => purgeExpiredProvisionRecords(ctx, actor, today, () => runBackup(ctx, settings))
                )
              }
            >
              保存期間を過ぎた記録を削除
            </button>
          </div>
          <SaveMessage state={purge} />
        </div>
      )}
      <ProvisionForm today={today} />
    </section>
  )
}
