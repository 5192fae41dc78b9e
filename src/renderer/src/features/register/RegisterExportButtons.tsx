// CSV / 印刷 / PDF of the register as it is on screen: the filtered rows in the shown order. Each export is
// written to the audit trail before the file is handed over, and a file that then does not happen is recorded
// too. Names go out in full only for a 管理者 who shows them on screen; otherwise masked.
import { useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { recordRegisterExport, recordRegisterExportUndone } from '../../db'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { failureText } from '../../app/failureText'
import {
  REGISTER_EXPORT_LABELS as DONE,
  registerCsv,
  type RegisterExportKind,
  type RegisterExportRow
} from '../../domain/registerExport'
import { isDesktop, printPage, saveCsv, savePdf } from '../../platform'
import { RegisterPrintDocument } from '../../print/register/RegisterPrintDocument'

export interface RegisterExportProps {
  rows: readonly RegisterExportRow[]
  filtered: boolean
  /** The search and filters, for the trail. */
  filter: Record<string, unknown>
  /** The same in words, for the printout's head. */
  condition: string
  /** Whether names are masked on screen. */
  masked: boolean
}

export function RegisterExportButtons({ rows, filtered, filter, condition, masked }: RegisterExportProps) {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const today = useToday()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [printing, setPrinting] = useState<{ rows: readonly RegisterExportRow[]; fullNames: boolean } | null>(null)
  // Names in full only from a 管理者 who has them in full on screen; the data layer refuses anyone else.
  const fullNames = actor.role === 'manager' && !masked
  const fileBase = `受付簿_${today}`

  async function exportAs(kind: RegisterExportKind, run: () => Promise<{ done: boolean; detail?: string }>) {
    setBusy(true)
    setOutcome(null)
    try {
      await recordRegisterExport(ctx, actor, { kind, rows: rows.length, filtered, fullNames, filter })
    } catch (e) {
      setOutcome({ ok: false, text: `${DONE[kind]}できませんでした。${failureText(e)}` })
      setBusy(false)
      return
    }
    try {
      const result = await run()
      if (result.done)
        setOutcome({ ok: true, text: `受付簿(${rows.length.toLocaleString('ja-JP')}件)を${DONE[kind]}しました。` })
      else {
        const why = result.detail ?? `${DONE[kind]}は取り消されました。`
        await recordRegisterExportUndone(ctx, actor, kind, why).catch(() => undefined)
        setOutcome({ ok: false, text: why })
      }
    } catch (e) {
      const text = `${DONE[kind]}できませんでした。${failureText(e)}`
      await recordRegisterExportUndone(ctx, actor, kind, text).catch(() => undefined)
      setOutcome({ ok: false, text })
    } finally {
      setPrinting(null)
      setBusy(false)
    }
  }

  /** Draws the printout before the page prints itself. */
  const withDocument = <T,>(f: () => Promise<T>) => {
    flushSync(() => setPrinting({ rows, fullNames }))
    return f()
  }

  const onCsv = () =>
    exportAs('csv', async () => {
      const r = await saveCsv({ suggestedFileName: `${fileBase}.csv`, content: registerCsv(rows, fullNames) })
      return { done: r.saved }
    })
  const onPrint = () =>
    exportAs('print', () =>
      withDocument(async () => {
        const r = await printPage({ layout: 'register', silent: settings.printDirect })
        return { done: r.printed, ...(r.reason !== undefined ? { detail: r.reason } : {}) }
      })
    )
  // In a plain browser the print dialog saves the PDF and its outcome is not reported: count it as done.
  const onPdf = () =>
    exportAs('pdf', () =>
      withDocument(async () => {
        const r = await savePdf({ layout: 'register', suggestedFileName: `${fileBase}.pdf` })
        return { done: r.saved || !isDesktop() }
      })
    )

  return (
    <div className="register-exports">
      <div className="actions">
        <button type="button" className="secondary" disabled={busy || rows.length === 0} onClick={() => void onCsv()}>
          CSVに保存
        </button>
        <button type="button" className="secondary" disabled={busy || rows.length === 0} onClick={() => void onPrint()}>
          印刷
        </button>
        <button type="button" className="secondary" disabled={busy || rows.length === 0} onClick={() => void onPdf()}>
          PDFに保存
        </button>
      </div>
      <ActionOutcome outcome={outcome} />
      {printing &&
        createPortal(
          <RegisterPrintDocument
            rows={printing.rows}
            fullNames={printing.fullNames}
            condition={condition}
            settings={settings}
            today={today}
            preparedBy={actor.name}
          />,
          document.body
        )}
    </div>
  )
}
