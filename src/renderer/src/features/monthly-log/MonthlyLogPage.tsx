// 月次処理簿 for managers: pick a month, read the log on screen, and print it, save it as PDF or as CSV.
import { useState } from 'react'
import { chainHead, monthlyLogFor, useLiveQuery } from '../../db'
import { DamagedRowNotice } from '../../ui/DamagedRowNotice'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { isYearMonth } from '../../domain/yearMonth'
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
  const valid = isYearMonth(month)
  const log = useLiveQuery(
    () => (valid ? monthlyLogFor(ctx, actor, month, today) : undefined),
    [ctx, actor, month, today, valid]
  )
  const shown = log?.month === month ? log : undefined
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
      {valid && !shown && <p className="loading">読み込み中…</p>}
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
