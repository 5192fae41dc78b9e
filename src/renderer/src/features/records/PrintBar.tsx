// Print and PDF buttons above a printable record. Each output is recorded in the audit trail (who printed what);
// a print that did not go out says so in an alert and records nothing.
import { useState } from 'react'
import { recordEvent } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import type { AuditEntity } from '../../domain/audit'
import { sendLetter } from '../letters/letterOutput'

export function PrintBar({
  fileName,
  audit
}: {
  fileName: string
  audit: { entity: AuditEntity; entityId: string; summary: string }
}) {
  const ctx = useDb()
  const actor = useActor()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  async function run(output: 'print' | 'pdf') {
    setBusy(true)
    setMessage(null)
    try {
      const r = await sendLetter(output, { silent: false, fileName: `${fileName.replace(/[\\/:*?"<>|]/g, '_')}.pdf` })
      if (!r.ok) {
        setMessage({ ok: false, text: r.message })
        return
      }
      await recordEvent(ctx, actor, {
        ...audit,
        action: output === 'print' ? 'record:print' : 'record:pdf',
        summary: `${audit.summary}を${output === 'print' ? '印刷' : 'PDFに出力'}`,
        payload: null
      })
      setMessage({ ok: true, text: output === 'print' ? '印刷しました。' : 'PDFを保存しました。' })
    } catch (e) {
      setMessage({ ok: false, text: `出力を記録できませんでした。もう一度お試しください。(${String(e)})` })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="no-print print-bar">
      <div className="actions">
        <button type="button" onClick={() => void run('print')} disabled={busy}>
          印刷する
        </button>
        <button type="button" className="secondary" onClick={() => void run('pdf')} disabled={busy}>
          PDFに保存
        </button>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error banner'}>
          {message.text}
        </p>
      )}
    </div>
  )
}
