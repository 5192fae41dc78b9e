// A letter already issued: the stored content exactly as it went out, marked 再発行, with print and PDF.
import { useState } from 'react'
import { flushSync } from 'react-dom'
import { recordReprint } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useScreenDate } from '../../app/useScreenDate'
import { SENT_BY, type LetterOutput, type LetterRecord } from '../../domain/letters/record'
import { labelOf } from '../../domain/catalogue'
import { LetterView } from '../../print/letter/LetterView'
import { OutputFailure } from './OutputFailure'
import { pdfFileName, sendLetter } from './letterOutput'
import { failureText } from '../../app/failureText'

export function IssuedLetter({
  letter,
  printDirect,
  justIssued
}: {
  letter: LetterRecord
  printDirect: boolean
  justIssued: string | undefined
}) {
  const ctx = useDb()
  const actor = useActor()
  const date = useScreenDate()
  const [failed, setFailed] = useState<{ output: LetterOutput; message: string } | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The letter as issued shows no stamp right after issuing; a reprint (and a later visit to reprint) carries 再発行.
  const [reprinting, setReprinting] = useState(false)
  const stamped = justIssued === undefined || reprinting

  const record = async (output: LetterOutput) => {
    setBusy(true)
    try {
      await recordReprint(ctx, actor, letter.id, output)
      setFailed(null)
      setDone(output === 'print' ? '再発行として印刷しました。' : '再発行としてPDFに保存しました。')
    } catch (e) {
      setError(failureText(e))
    } finally {
      setBusy(false)
    }
  }
  const reprint = async (output: LetterOutput) => {
    setDone(null)
    setFailed(null)
    setError(null)
    // The stamp must be on the page before it goes to the printer.
    flushSync(() => {
      setBusy(true)
      setReprinting(true)
    })
    const sent = await sendLetter(output, {
      silent: printDirect,
      fileName: pdfFileName(letter.documentNo, `${letter.content.title}(再発行)`)
    })
    setBusy(false)
    if (sent.ok) await record(output)
    else setFailed({ output, message: sent.message })
  }

  return (
    <>
      <div className="letter-controls">
        {justIssued !== undefined && (
          <p className="notice" role="status">
            文書番号 {justIssued} で発行しました。
          </p>
        )}
        {done !== null && (
          <p className="notice" role="status">
            {done}
          </p>
        )}
        <dl className="summary">
          <div>
            <dt>文書番号</dt>
            <dd>{letter.documentNo}</dd>
          </div>
          <div>
            <dt>発行日</dt>
            <dd>{date(letter.issuedOn)}</dd>
          </div>
          <div>
            <dt>送付方法</dt>
            <dd>{labelOf(SENT_BY, letter.sentBy)}</dd>
          </div>
          <div>
            <dt>発行者</dt>
            <dd>{letter.issuedByName}</dd>
          </div>
          <div>
            <dt>再印刷</dt>
            <dd>{letter.reprintCount}回</dd>
          </div>
        </dl>
        <p className="hint">
          発行した内容をそのまま再印刷します。設定を変えても内容は変わらず、再印刷したものには「再発行」と入ります。
        </p>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void reprint('print')}>
            再発行として印刷
          </button>
          <button type="button" disabled={busy} className="secondary" onClick={() => void reprint('pdf')}>
            再発行としてPDFに保存
          </button>
        </div>
        {failed && (
          <OutputFailure
            message={failed.message}
            busy={busy}
            confirmLabel="出力できていたので再発行として記録する"
            onConfirm={() => void record(failed.output)}
            onDismiss={() => setFailed(null)}
          />
        )}
        {error !== null && (
          <p className="error banner" role="alert">
            {error}
          </p>
        )}
      </div>
      <LetterView content={letter.content} reissue={stamped} />
    </>
  )
}
