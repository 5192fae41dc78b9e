// A letter's page: the preview and issuing for a template, or (?letter=id) a letter already issued, to reprint.
import { Link, useLocation, useParams, useSearchParams } from 'react-router'
import { getLetter, getRequest, loadSettings, nextDocumentNo, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useToday } from '../../app/useToday'
import { decisionLetterOf, isLetterTemplateId, letterTemplateById, letterTitle } from '../../domain/letters'
import { IssuedLetter } from './IssuedLetter'
import { PreviewLetter } from './PreviewLetter'
import './letters.css'

export function LetterPage() {
  const { id = '', template = '' } = useParams()
  const [search] = useSearchParams()
  const letterId = search.get('letter')
  const justIssued = (useLocation().state as { issued?: string } | null)?.issued
  const ctx = useDb()
  const today = useToday()
  const data = useLiveQuery(async () => {
    const record = (await getRequest(ctx, id)) ?? null
    const settings = await loadSettings(ctx)
    // The decision's letter, once issued, opens as issued: it is reprinted, never numbered anew.
    const notified = record?.notice && decisionLetterOf(record) === template ? record.notice.letterId : null
    const shownId = letterId ?? notified
    const letter = shownId === null ? null : ((await getLetter(ctx, shownId)) ?? null)
    const documentNo = record ? await nextDocumentNo(ctx, record.id, record.receiptNo, settings) : ''
    return { record, settings, letter, documentNo }
  }, [ctx, id, letterId, template])

  if (data === undefined) return <p className="loading">読み込み中…</p>
  const { record, settings, letter, documentNo } = data
  const back = <Link to={`/requests/${id}`}>請求の画面に戻る</Link>
  if (
    record === null ||
    !isLetterTemplateId(template) ||
    (letter !== null && letter.requestId !== record.id) ||
    (letterId !== null && letter === null)
  ) {
    return <p role="alert">この通知書は見つかりません。{back}</p>
  }
  const title = letter ? letter.content.title : letterTitle(letterTemplateById(template), record.decision?.outcome)
  return (
    <section className="letter-page" aria-labelledby="letter-page-title">
      <div className="page-head letter-controls">
        <h1 id="letter-page-title">
          {record.receiptNo} {title}
          {letter ? '(発行済み)' : 'のプレビュー'}
        </h1>
        {back}
      </div>
      {letter ? (
        <IssuedLetter letter={letter} printDirect={settings.printDirect} justIssued={justIssued} />
      ) : (
        <PreviewLetter
          record={record}
          templateId={template}
          settings={settings}
          documentNo={documentNo}
          today={today}
        />
      )}
    </section>
  )
}
