// 印刷 / PDFに保存 for a paper on screen. Each output that happens is written to the audit trail (who, when, which
// paper); a cancelled or failed output is said plainly and recorded as nothing.
import { useState } from 'react'
import { recordEvent } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { isDesktop, printPage, savePdf } from '../../platform'

export interface PaperOutput {
  /** Names the paper in messages and the audit trail: '受付票', '開示等請求書(白紙)' … */
  label: string
  /** The request it is about, or a fixed key for a blank form. */
  entityId: string
  /** 'receipt', 'requestForm', 'summary': part of the audit action. */
  kind: string
  fileName: string
  a5: boolean
  /** What the audit entry's payload keeps (no personal data). */
  payload: Record<string, string>
}

export function PaperActions({ out, printDirect }: { out: PaperOutput; printDirect: boolean }) {
  const ctx = useDb()
  const actor = useActor()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const layout = out.a5 ? 'paperA5' : 'letter'

  async function run(how: 'print' | 'pdf') {
    setBusy(true)
    setMessage(null)
    const verb = how === 'print' ? '印刷' : 'PDFに保存'
    try {
      // The bundled serif loads per character range; wait so no glyph prints in a fallback font.
      await document.fonts.ready
      const done =
        how === 'print'
          ? await printPage({ layout, silent: printDirect }).then((r) => ({ ok: r.printed, reason: r.reason }))
          : await savePdf({ layout, suggestedFileName: out.fileName }).then((r) => ({
              // In a plain browser the print dialog saves the PDF and does not report it: count it as done.
              ok: r.saved || !isDesktop(),
              reason: undefined
            }))
      if (!done.ok) {
        setMessage({ ok: false, text: done.reason ?? `${verb}は取り消されました。記録はしていません。` })
        return
      }
      await recordEvent(ctx, actor, {
        entity: 'export',
        entityId: out.entityId,
        action: `paper:${out.kind}:${how}`,
        summary: `${out.label}を${verb}`,
        payload: { ...out.payload, size: out.a5 ? 'A5' : 'A4' }
      })
      setMessage({ ok: true, text: `${out.label}を${verb}しました。` })
    } catch (e) {
      setMessage({
        ok: false,
        text: `${verb}できませんでした。もう一度お試しください。(${e instanceof Error ? e.message : String(e)})`
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="no-print paper-actions">
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void run('print')}>
          印刷
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void run('pdf')}>
          PDFに保存
        </button>
      </div>
      {message !== null &&
        (message.ok ? (
          <p role="status" className="notice">
            {message.text}
          </p>
        ) : (
          <p role="alert" className="error banner">
            {message.text}
          </p>
        ))}
    </div>
  )
}
