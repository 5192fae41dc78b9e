// 月次処理簿 for managers: pick a month, read the log on screen, and print it, save it as PDF or as CSV.
import { useState } from 'react'
import { chainHead, monthlyLogFor, useLiveQuery } from '../../db'
import { DamagedRowNotice } from '../../ui/DamagedRowNotice'
import { useDb } from '../../app/services'
import { failureText } from '../../app/failureText'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { formatMonth, isYearMonth } from '../../domain/yearMonth'
import type { Actor } from '../../domain/staff'
import { MonthlyLogDocument } from '../../print/monthly-log/MonthlyLogDocument'
import { useRowsInSteps } from '../../print/monthly-log/useRowsInSteps'
import { ExportButtons } from './ExportButtons'

export function MonthlyLogPage() {
  const actor = useActor()
  // The log lists every request of the month with who handled it: a manager's record (SPEC.md).
  if (actor.role !== 'manager') {
    return <p role="alert">月次処理簿は管理者のみが開けます。管理者でログインし直してください。</p>
  }
  return <MonthlyLogScreen actor={actor} />
}

function MonthlyLogScreen({ actor }: { actor: Actor }) {
  const ctx = useDb()
  const settings = useSettings()
  const today = useToday()
  const [month, setMonth] = useState(today.slice(0, 7))
  // Bumped by 「もう一度読み込む」: a read that failed is not watched for changes, so it is asked for again.
  const [attempt, setAttempt] = useState(0)
  const valid = isYearMonth(month)
  // A failed read is shown here, under the month picker, rather than as the route's failure page.
  const result = useLiveQuery(
    () =>
      valid
        ? monthlyLogFor(ctx, actor, month, today).then(
            (log) => ({ month, log, failure: undefined }),
            (e: unknown) => ({ month, log: undefined, failure: failureText(e, 'monthlyLog') })
          )
        : undefined,
    [ctx, actor, month, today, valid, attempt]
  )
  // The last answer, while it is for the month now chosen (the next one is on its way).
  const current = result?.month === month ? result : undefined
  const shown = current?.log
  const failure = current?.failure
  const head = useLiveQuery(() => chainHead(ctx), [ctx])
  const { drawn, drawAll } = useRowsInSteps(shown?.rows.length ?? 0, shown?.month ?? '')

  return (
    <section aria-labelledby="monthly-title" className="monthly-log">
      <div className="ml-screen-only">
        <h1 id="monthly-title">月次処理簿</h1>
        <div className="filters">
          <div className="field">
            <label htmlFor="ml-month">対象月</label>
            <input
              id="ml-month"
              type="month"
              value={month}
              max="9999-12"
              aria-invalid={!valid}
              aria-describedby={valid ? undefined : 'ml-month-error'}
              onChange={(e) => setMonth(e.target.value)}
            />
            {!valid && (
              <p id="ml-month-error" className="error" role="alert">
                対象月を選んでください(例: 2026-11)。
              </p>
            )}
          </div>
          {shown && <ExportButtons log={shown} settings={settings} actor={actor} beforePrint={drawAll} />}
        </div>
      </div>
      {valid && !shown && !failure && <p className="loading">読み込み中…</p>}
      {failure !== undefined && (
        <div className="ml-screen-only">
          <p className="error banner" role="alert">
            {formatMonth(month, settings.dateStyle)}分の月次処理簿を読み込めませんでした。{failure}
          </p>
          <div className="actions">
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              もう一度読み込む
            </button>
          </div>
        </div>
      )}
      {shown && shown.damaged.length > 0 && (
        <div className="ml-screen-only">
          <p className="error" role="alert">
            読み込めない記録が{shown.damaged.length}件あり、この月の集計に含まれていません。
          </p>
          {shown.damaged.map((d) => (
            <DamagedRowNotice key={d.id} id={d.id} />
          ))}
        </div>
      )}
      {shown && (
        <MonthlyLogDocument
          log={shown}
          settings={settings}
          today={today}
          preparedBy={actor.name}
          head={head}
          drawnRows={drawn}
        />
      )}
    </section>
  )
}
