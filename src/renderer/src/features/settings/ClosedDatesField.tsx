// 休診日: the clinic's closed dates, skipped when the target date is counted in business days.
// A button adds the year-end break (12/29〜1/3), since clinics set it once a year.
import { useState } from 'react'
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form'
import type { z } from 'zod'
import { useScreenDate } from '../../app/useScreenDate'
import { useToday } from '../../app/useToday'
import { isValidIsoDate } from '../../domain/calendar'
import { yearEndClosedDates } from '../../domain/deadline'
import type { settingsSchema, Settings } from '../../domain/settings'
import './closedDates.css'

type Input = z.input<typeof settingsSchema>

export function ClosedDatesField({
  control,
  setValue
}: {
  control: Control<Input, unknown, Settings>
  setValue: UseFormSetValue<Input>
}) {
  const today = useToday()
  const date = useScreenDate()
  const dates = useWatch({ control, name: 'deadline.closedDates' })
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState('')
  const year = Number(today.slice(0, 4))
  const put = (added: string[]) => {
    const next = [...new Set([...dates, ...added])].sort()
    setValue('deadline.closedDates', next, { shouldDirty: true })
  }
  const add = () => {
    if (!isValidIsoDate(draft)) return setProblem('休診日を YYYY-MM-DD の形で入力してください')
    setProblem('')
    put([draft])
    setDraft('')
  }
  return (
    <div className="field closed-dates">
      <span className="label" id="closed-dates-label">
        休診日(営業日で数える場合)
      </span>
      {dates.length === 0 ? (
        <p className="muted">登録されていません。</p>
      ) : (
        <ul className="checks plain-list" aria-labelledby="closed-dates-label">
          {dates.map((d) => (
            <li key={d}>
              {date(d)}
              <button
                type="button"
                className="secondary small"
                aria-label={`${date(d)} を休診日から削除`}
                onClick={() =>
                  setValue(
                    'deadline.closedDates',
                    dates.filter((x) => x !== d),
                    { shouldDirty: true }
                  )
                }
              >
                削除
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor="closed-date-new">休診日を追加</label>
          <input
            id="closed-date-new"
            type="date"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={problem !== ''}
            aria-describedby={problem === '' ? undefined : 'closed-date-problem'}
          />
          {problem !== '' && (
            <p id="closed-date-problem" className="error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <button type="button" className="secondary" onClick={add}>
          追加
        </button>
        <button type="button" className="secondary" onClick={() => put(yearEndClosedDates(year))}>
          {year}年末〜{year + 1}年始(12/29〜1/3)を追加
        </button>
      </div>
      <p className="hint">保存後に受け付けた請求から、目標日の計算に使われます。</p>
    </div>
  )
}
