// 印刷 / PDFに保存 / CSVに保存. Each export takes the register's personal data off the screen, so each one
// that happens is written to the audit trail with who, when and which month.
import { useState } from 'react'
import { recordEvent } from '../../db'
import { useDb } from '../../app/services'
import { monthlyLogCsv } from '../../domain/csv'
import type { MonthlyLog } from '../../domain/monthlyLog'
import type { Settings } from '../../domain/settings'
import type { Actor } from '../../domain/staff'
import { formatMonth } from '../../domain/yearMonth'
import { isDesktop, printPage, saveCsv, savePdf } from '../../platform'

type Kind = 'print' | 'pdf' | 'csv'

const DONE: Record<Kind, string> = { print: '印刷', pdf: 'PDFに保存', csv: 'CSVに保存' }

export function ExportButtons({ log, settings, actor }: { log: MonthlyLog; settings: Settings; actor: Actor }) {
  const ctx = useDb()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const monthLabel = `${formatMonth(log.month, settings.dateStyle)}分`
  const fileBase = `月次処理簿_${log.month}`

  /** Runs one export; returns whether it happened (false when staff cancelled a dialog). */
  async function exportAs(kind: Kind, run: () => Promise<{ done: boolean; detail?: string; filePath?: string }>) {
    setBusy(true)
    setMessage('')
    try {
      const result = await run()
      if (!result.done) {
        setMessage(result.detail ?? `${DONE[kind]}は取り消されました。`)
        return
      }
      await recordEvent(ctx, actor, {
        entity: 'export',
        entityId: `monthlyLog:${log.month}`,
        action: `monthlyLog:${kind}`,
        summary: `月次処理簿(${monthLabel}・${log.rows.length}件)を${DONE[kind]}`,
        payload: { month: log.month, rows: log.rows.length, filePath: result.filePath ?? null }
      })
      setMessage(`月次処理簿(${monthLabel})を${DONE[kind]}しました。`)
    } catch (e) {
      setMessage(`${DONE[kind]}できませんでした。${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const onPrint = () =>
    exportAs('print', async () => {
      const r = await printPage({ layout: 'monthlyLog', silent: settings.printDirect })
      return { done: r.printed, ...(r.reason !== undefined ? { detail: r.reason } : {}) }
    })
  // In a plain browser the print dialog saves the PDF and its outcome is not reported: count it as done.
  const onPdf = () =>
    exportAs('pdf', async () => {
      const r = await savePdf({ layout: 'monthlyLog', suggestedFileName: `${fileBase}.pdf` })
      return { done: r.saved || !isDesktop(), ...(r.filePath !== undefined ? { filePath: r.filePath } : {}) }
    })
  const onCsv = () =>
    exportAs('csv', async () => {
      const r = await saveCsv({ suggestedFileName: `${fileBase}.csv`, content: monthlyLogCsv(log) })
      return { done: r.saved, ...(r.filePath !== undefined ? { filePath: r.filePath } : {}) }
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
      {message !== '' && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
    </div>
  )
}
