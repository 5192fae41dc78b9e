// The monthly log as a document: the same markup is the on-screen preview, the printout and the PDF
// (A4 landscape; see monthlyLog.css). Staff-facing text only; the figures come from domain/monthlyLog.
import { formatJapaneseDate, formatShortDate } from '../../domain/calendar'
import type { ChainHead } from '../../domain/chainCheck'
import type { MonthlyLog } from '../../domain/monthlyLog'
import type { Settings } from '../../domain/settings'
import { formatMonth } from '../../domain/yearMonth'
import { BarChart } from '../../ui/BarChart'
import { MonthlyLogCounts, MonthlyLogTotals } from './MonthlyLogFigures'
import { MonthlyLogTable } from './MonthlyLogTable'
import { OverdueList } from './OverdueList'
import { MonthlyLogPageRule } from './MonthlyLogPageRule'
import { StampBoxes } from './StampBoxes'
import './monthlyLog.css'

export interface MonthlyLogDocumentProps {
  log: MonthlyLog
  settings: Pick<Settings, 'dateStyle' | 'letterhead'>
  today: string
  preparedBy: string
  /** This PC's audit chain head, printed beside the stamps. */
  head?: ChainHead | null
  /** How many of the table's rows are drawn so far (useRowsInSteps); all when absent. */
  drawnRows?: number
}

export function MonthlyLogDocument({ log, settings, today, preparedBy, head, drawnRows }: MonthlyLogDocumentProps) {
  const { dateStyle, letterhead } = settings
  const clinic = [letterhead.corporationName, letterhead.clinicName].filter((s) => s !== '').join(' ')
  const title = formatMonth(log.month, dateStyle)
  const tableWhole = drawnRows === undefined || drawnRows >= log.rows.length
  const bars = log.receivedPerMonth.map((c, i) => {
    const spoken = formatMonth(c.month, dateStyle)
    const month = Number(c.month.slice(5))
    // The year is written under the first bar and under each January.
    const year = i === 0 || month === 1 ? { sublabel: spoken.replace(/\d+月$/u, '') } : {}
    return { label: `${month}月`, ...year, spokenLabel: spoken, value: c.count, highlight: c.month === log.month }
  })
  return (
    <article className="ml-doc" aria-labelledby="ml-doc-title">
      <MonthlyLogPageRule left={`月次処理簿 ${title}分`} right={clinic} />
      <header className="ml-head">
        <h2 id="ml-doc-title">
          月次処理簿 <span className="ml-month">{title}分</span>
        </h2>
        <p className="ml-clinic">{clinic}</p>
        <p className="ml-meta">
          対象期間 {formatShortDate(log.from)}〜{formatShortDate(log.to)}
          {log.asOf < log.to && `(${formatShortDate(log.asOf)}現在・月途中)`}
          <span>作成日 {formatJapaneseDate(today, dateStyle)}</span>
          <span>作成者 {preparedBy}</span>
        </p>
      </header>
      <MonthlyLogCounts log={log} />
      <MonthlyLogTable rows={log.rows} {...(drawnRows !== undefined ? { drawn: drawnRows } : {})} />
      <div className="ml-side-by-side">
        <section className="ml-section" aria-labelledby="ml-totals-title">
          <h3 id="ml-totals-title">集計</h3>
          <MonthlyLogTotals log={log} />
        </section>
        <section className="ml-section ml-chart" aria-labelledby="ml-chart-title">
          <h3 id="ml-chart-title">受付件数の推移(直近12か月)</h3>
          <BarChart title={`受付件数の推移(${bars[0]?.spokenLabel ?? ''}〜${title})`} unit="件" bars={bars} />
        </section>
      </div>
      <section className="ml-section ml-overdue-section" aria-labelledby="ml-overdue-title">
        <h3 id="ml-overdue-title">期限超過の一覧({log.overdue.length}件)</h3>
        {/* Below the main table, so drawn once that is whole: its rows do not hold back the first screen. */}
        {tableWhole ? (
          <OverdueList rows={log.overdue} />
        ) : (
          <p className="ml-screen-only ml-drawing">処理一覧の表示が終わると表示します…</p>
        )}
      </section>
      <StampBoxes head={head} />
    </article>
  )
}
