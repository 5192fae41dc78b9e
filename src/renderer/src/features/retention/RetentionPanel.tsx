// 保存期間を過ぎた請求の削除: the manager sees what is past the clinic's period (count and list), confirms, and the app
// first backs up, then deletes those requests and their letters, blanks the personal data in their audit entries and
// records one entry with the count and the 受付番号 (db/retention.ts). Nothing is deleted if the backup fails.
import { useState } from 'react'
import { purgeCandidates, purgeRequests, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { failureText } from '../../app/failureText'
import { useScreenDate } from '../../app/useScreenDate'
import { dayOf } from '../../domain/calendar'
import { retentionCutoff } from '../../domain/retention'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'
import { runBackup } from '../backup/runBackup'
import { getBackupStatus } from '../backup/backupStatus'

const SHOWN = 50

export function RetentionPanel() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const today = useToday()
  const date = useScreenDate()
  const years = settings.retentionYears
  const [confirmed, setConfirmed] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const candidates = useLiveQuery(() => purgeCandidates(ctx, today, years), [ctx, today, years])
  const cutoff = retentionCutoff(today, years)

  async function purge() {
    setOutcome(null)
    try {
      setBusy('削除の前にバックアップしています…')
      // The purge asks for the backup itself and deletes nothing unless it holds every entry.
      const done = await purgeRequests(ctx, actor, today, years, async () => {
        const manifest = await runBackup(ctx, settings)
        if (manifest) setBusy('削除しています…')
        return manifest
      })
      setConfirmed(false)
      setOutcome({
        ok: true,
        text:
          done.count === 0
            ? '削除する請求はありませんでした。'
            : `保存期間を過ぎた請求 ${done.count} 件を削除しました(${done.receiptNos.join('、')})。監査記録に残しました。`
      })
    } catch (e) {
      const backupError = getBackupStatus().lastError
      setOutcome({
        ok: false,
        text: `削除できませんでした。${failureText(e, 'retention')}${backupError ? ` ${backupError}` : ''}`
      })
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-labelledby="retention-title" className="settings-section">
      <h2 id="retention-title">保存期間を過ぎた請求の削除</h2>
      <p>
        完了・取下げ・本人確認不可から{years}年(保存期間。上の「受付簿の保存期間」で変更)を過ぎた請求を削除できます。
        {date(cutoff)}以前に終わった請求が対象です。削除の前に自動でバックアップし、削除した件数と受付番号は
        監査記録に残ります。月次処理簿では、削除した請求も過去の月の件数として数えます。
      </p>
      <p className="muted">
        診療録は医師法24条により5年間の保存が義務です。受付簿の保存期間は医療機関が決めてください(既定5年)。
      </p>
      <ActionOutcome outcome={outcome} />
      {candidates === undefined ? (
        <p className="loading">読み込み中…</p>
      ) : candidates.length === 0 ? (
        <p>保存期間を過ぎた請求はありません。</p>
      ) : (
        <>
          <p>
            <strong>対象: {candidates.length}件</strong>
          </p>
          <table className="history" aria-label="削除の対象">
            <thead>
              <tr>
                <th scope="col">受付番号</th>
                <th scope="col">終了日</th>
              </tr>
            </thead>
            <tbody>
              {candidates.slice(0, SHOWN).map((c) => (
                <tr key={c.id}>
                  <td>{c.receiptNo}</td>
                  <td>{date(dayOf(c.closedOn))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {candidates.length > SHOWN && <p className="muted">ほか{candidates.length - SHOWN}件</p>}
          <label className="check">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            上の{candidates.length}件を削除することを確認しました(元に戻すにはバックアップからの復元が必要です)
          </label>
          <p>
            <button
              type="button"
              className="danger"
              disabled={!confirmed || busy !== null}
              onClick={() => void purge()}
            >
              バックアップしてから削除する
            </button>{' '}
            {busy !== null && <span role="status">{busy}</span>}
          </p>
        </>
      )}
    </section>
  )
}
