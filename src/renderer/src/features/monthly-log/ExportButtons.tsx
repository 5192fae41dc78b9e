// 印刷 / PDFに保存 / CSVに保存. Each export takes the register's personal data off the screen, so each one
// is written to the audit trail with who, when and which month, before the file is handed over.
import { useState } from 'react'
import { recordMonthlyLogExport, recordMonthlyLogExportUndone } from '../../db'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'
import { useDb } from '../../app/services'
import { monthlyLogCsv } from '../../domain/csv'
import type { MonthlyLog } from '../../domain/monthlyLog'
import type { Settings } from '../../domain/settings'
import type { Actor } from '../../domain/staff'
import { formatMonth } from '../../domain/yearMonth'
import { isDesktop, printPage, saveCsv, savePdf } from '../../platform'
import { failureText } from '../../app/failureText'

type Kind = 'print' | 'pdf' | 'csv'

const DONE: Record<Kind, string> = { print: '印刷', pdf: 'PDFに保存', csv: 'CSVに保存' }

export function ExportButtons({
  log,
  settings,
  actor,
  beforePrint
}: {
  log: MonthlyLog
  settings: Settings
  actor: Actor
  /** Draws whatever of the log is not on the page yet, so a print or PDF holds every row. */
  beforePrint: () => void
}) {
  const ctx = useDb()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const monthLabel = `${formatMonth(log.month, settings.dateStyle)}分`
  const fileBase = `月次処理簿_${log.month}`

  /**
   * Runs one export. The audit entry comes first (a file never leaves without it); if the file then does not
   * happen (cancelled, failed) the trail says so too. Returns whether it happened.
   */
  async function exportAs(kind: Kind, run: () => Promise<{ done: boolean; detail?: string }>) {
    setBusy(true)
    setOutcome(null)
    const what = { month: log.month, kind }
    try {
      await recordMonthlyLogExport(ctx, actor, {
        ...what,
        rows: log.rows.length,
        summary: `月次処理簿(${monthLabel}・${log.rows.length}件)を${DONE[kind]}`
      })
    } catch (e) {
      setOutcome({ ok: false, text: `${DONE[kind]}できませんでした。${failureText(e)}` })
      setBusy(false)
      return
    }
    try {
      const result = await run()
      if (result.done) setOutcome({ ok: true, text: `月次処理簿(${monthLabel})を${DONE[kind]}しました。` })
      else {
        const why = result.detail ?? `${DONE[kind]}は取り消されました。`
        await recordMonthlyLogExportUndone(ctx, actor, what, why).catch(() => undefined)
        setOutcome({ ok: false, text: why })
      }
    } catch (e) {
      const text = `${DONE[kind]}できませんでした。${failureText(e)}`
      await recordMonthlyLogExportUndone(ctx, actor, what, text).catch(() => undefined)
      setOutcome({ ok: false, text })
    } finally {
      setBusy(false)
    }
  }

  const onPrint = () =>
    exportAs('print', async () => {
      beforePrint()
      const r = await printPage({ layout: 'monthlyLog', silent: settings.printDirect })
      return { done: r.printed, ...(r.reason !== undefined ? { detail: r.reason } : {}) }
    })
  // In a plain browser the print dialog saves the PDF and its outcome is not reported: count it as done.
  const onPdf = () =>
    exportAs('pdf', async () => {
      beforePrint()
      const r = await savePdf({ layout: 'monthlyLog', suggestedFileName: `${fileBase}.pdf` })
      return { done: r.saved || !isDesktop() }
    })
  const onCsv = () =>
    exportAs('csv', async () => {
      const r = await saveCsv({ suggestedFileName: `${fileBase}.csv`, content: monthlyLogCsv(log) })
      return { done: r.saved }
    })

  return (
    <div className="ml-actions">
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void onPrint()}>
          印刷
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void onPdf()}>
          PDFに保存
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void onCsv()}>
          CSVに保存
        </button>
      </div>
      <ActionOutcome outcome={outcome} />
    </div>
  )
}
