// The filtered range of the 監査記録 as CSV. The entry recording the export is written before the file is handed
// over; a save that is cancelled or fails is recorded after.
import { useState } from 'react'
import { auditRange, recordAuditExport, recordAuditExportUndone } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { failureText } from '../../app/failureText'
import { auditCsv, type AuditFilter } from '../../domain/auditFilter'
import { formatTokyoDateTime } from '../../domain/calendar'
import { saveCsv } from '../../platform'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'

export function AuditExportButton({
  filter,
  today,
  onRecorded
}: {
  filter: AuditFilter
  today: string
  /** Called once the export is in the trail, so the list can show it. */
  onRecorded: () => void
}) {
  const ctx = useDb()
  const actor = useActor()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  async function onSave() {
    setBusy(true)
    setOutcome(null)
    let content: string
    let count: number
    try {
      const rows = await auditRange(ctx, actor, filter)
      count = rows.length
      content = auditCsv(rows, (iso) => formatTokyoDateTime(iso, true))
      await recordAuditExport(ctx, actor, filter, count)
    } catch (e) {
      setOutcome({ ok: false, text: `CSVに保存できませんでした。${failureText(e)}` })
      setBusy(false)
      return
    }
    try {
      const r = await saveCsv({ suggestedFileName: `監査記録_${today}.csv`, content })
      if (r.saved) setOutcome({ ok: true, text: `監査記録(${count.toLocaleString('ja-JP')}件)をCSVに保存しました。` })
      else {
        const why = 'CSVへの保存は取り消されました。'
        await recordAuditExportUndone(ctx, actor, why).catch(() => undefined)
        setOutcome({ ok: false, text: why })
      }
    } catch (e) {
      const text = `CSVに保存できませんでした。${failureText(e)}`
      await recordAuditExportUndone(ctx, actor, text).catch(() => undefined)
      setOutcome({ ok: false, text })
    } finally {
      setBusy(false)
      onRecorded()
    }
  }

  return (
    <div className="register-exports">
      <button type="button" className="secondary" disabled={busy} onClick={() => void onSave()}>
        この条件でCSVに保存
      </button>
      <ActionOutcome outcome={outcome} />
    </div>
  )
}
