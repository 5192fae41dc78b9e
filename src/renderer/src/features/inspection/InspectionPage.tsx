// 立入検査への備え (APPI 146条): for a chosen period, one CSV per record and an A4 cover listing them with the audit
// chain head. Manager only (the data layer checks it again for every file).
import { useState } from 'react'
import {
  exportInspectionFile,
  exportInspectionPack,
  inspectionIndex,
  recordInspectionEvent,
  useLiveQuery
} from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { failureText } from '../../app/failureText'
import { formatJapaneseDate } from '../../domain/calendar'
import { INSPECTION_FILES, periodProblem, type InspectionFileId } from '../../domain/inspection/files'
import type { Actor } from '../../domain/staff'
import { saveCsv, saveCsvFolder } from '../../platform'
import { RecordSheet } from '../../print/records/RecordSheet'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'
import { PrintBar } from '../records/PrintBar'

export function InspectionPage() {
  const actor = useActor()
  if (actor.role !== 'manager') {
    return <p role="alert">立入検査用の出力は管理者のみが行えます。管理者でログインし直してください。</p>
  }
  return <InspectionScreen actor={actor} />
}

function InspectionScreen({ actor }: { actor: Actor }) {
  const ctx = useDb()
  const today = useToday()
  const settings = useSettings()
  const [period, setPeriod] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today })
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const problem = periodProblem(period)
  const index = useLiveQuery(
    () => (problem === null ? inspectionIndex(ctx, actor, period).catch(() => null) : undefined),
    [ctx, actor, period.from, period.to, problem]
  )

  async function saveFile(id: InspectionFileId, label: string) {
    setBusy(true)
    setOutcome(null)
    try {
      // The audit entry is written inside exportInspectionFile, before the file exists.
      const file = await exportInspectionFile(ctx, actor, period, id)
      const r = await saveCsv({ suggestedFileName: file.fileName, content: file.content })
      if (r.saved) setOutcome({ ok: true, text: `「${label}」(${file.rows}件)をCSVに保存しました。` })
      else {
        await recordInspectionEvent(ctx, actor, period, {
          action: 'inspection:undone',
          summary: `立入検査用CSV「${label}」の保存は取り消されました`
        }).catch(() => undefined)
        setOutcome({ ok: false, text: 'CSVの保存は取り消されました。' })
      }
    } catch (e) {
      setOutcome({ ok: false, text: `「${label}」を保存できませんでした。${failureText(e)}` })
    } finally {
      setBusy(false)
    }
  }

  /** The whole pack in one action: every CSV into one new folder named after the period. */
  async function saveAll() {
    setBusy(true)
    setOutcome(null)
    try {
      const files = await exportInspectionPack(ctx, actor, period)
      const folderName = `立入検査_${period.from}_${period.to}`
      const r = await saveCsvFolder({
        folderName,
        files: files.map((f) => ({ fileName: f.fileName, content: f.content }))
      })
      if (r.saved) {
        const rows = files.reduce((n, f) => n + f.rows, 0)
        setOutcome({
          ok: true,
          text: `${String(files.length)}個のCSV(計${String(rows)}件)を「${r.filePath ?? folderName}」に保存しました。`
        })
      } else {
        await recordInspectionEvent(ctx, actor, period, {
          action: 'inspection:undone',
          summary: '立入検査用CSVの一括保存は取り消されました'
        }).catch(() => undefined)
        setOutcome({ ok: false, text: 'CSVの保存は取り消されました。' })
      }
    } catch (e) {
      setOutcome({ ok: false, text: `CSVを保存できませんでした。${failureText(e)}` })
    } finally {
      setBusy(false)
    }
  }

  const periodText =
    problem === null
      ? `${formatJapaneseDate(period.from, settings.dateStyle)}〜${formatJapaneseDate(period.to, settings.dateStyle)}`
      : ''
  const clinic = [settings.letterhead.corporationName, settings.letterhead.clinicName].filter((s) => s !== '').join(' ')
  return (
    <section aria-labelledby="inspection-title" className="records-page">
      <div className="no-print">
        <h1 id="inspection-title">立入検査用の出力</h1>
        <p className="muted">
          個人情報保護委員会の報告徴収・立入検査(個人情報保護法146条)に備え、期間を選んで記録をCSVで保存し、表紙(一覧と監査記録の最終ハッシュ)を印刷します。出力はすべて監査記録に残ります。
        </p>
        <div className="row">
          <label className="field">
            <span>期間の開始日</span>
            <input type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
          </label>
          <label className="field">
            <span>期間の終了日</span>
            <input type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} />
          </label>
        </div>
        {problem !== null && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        {index === null && (
          <p role="alert" className="error">
            記録を読み込めませんでした。管理者でログインし直してから、もう一度開いてください。
          </p>
        )}
        <table aria-label="出力するファイル">
          <thead>
            <tr>
              <th scope="col">記録</th>
              <th scope="col">件数</th>
              <th scope="col">CSV</th>
            </tr>
          </thead>
          <tbody>
            {INSPECTION_FILES.map((f) => (
              <tr key={f.id}>
                <td>{f.label}</td>
                <td>{index ? `${index.counts[f.id]}件` : '—'}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy || problem !== null}
                    aria-label={`${f.label}をCSVに保存`}
                    onClick={() => void saveFile(f.id, f.label)}
                  >
                    CSVに保存
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="button" disabled={busy || problem !== null} onClick={() => void saveAll()}>
            すべてのCSVを1つのフォルダーに保存
          </button>
        </p>
        <ActionOutcome outcome={outcome} />
        <h2>表紙</h2>
        {problem === null && (
          <PrintBar
            fileName={`立入検査_表紙_${period.from}_${period.to}`}
            audit={{
              entity: 'export',
              entityId: 'inspection:cover',
              summary: `立入検査用の表紙(${period.from}〜${period.to})`
            }}
          />
        )}
      </div>
      {problem === null && index && (
        <RecordSheet
          title="立入検査用 記録一覧(表紙)"
          subtitle={[clinic, `作成: ${formatJapaneseDate(today, settings.dateStyle)} ${actor.name}`]}
          sections={[
            { heading: '対象期間', lines: [periodText] },
            {
              heading: '添付するCSVファイルと件数',
              lines: INSPECTION_FILES.map((f, i) => `${i + 1}. ${f.label} ${index.counts[f.id]}件`)
            },
            {
              heading: '監査記録の最終エントリ(改ざん検知のためのハッシュ)',
              lines: index.head
                ? [`端末 ${index.head.deviceId} 連番 ${index.head.deviceSeq}`, index.head.hash]
                : ['監査記録はまだありません。']
            },
            {
              heading: '備考',
              lines: [
                '受付簿のCSVには氏名等を含めていません。受付番号で画面または請求ごとの記録を示します。',
                'アクセス記録は期間中の監査記録(閲覧・ログイン・ロック・印刷・出力・変更)の全件です。'
              ]
            }
          ]}
        />
      )}
    </section>
  )
}
