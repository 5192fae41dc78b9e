// The register's search box and filters. The empty answer is said right here, under the search box, where
// the eye is while typing.
import type { ReactNode } from 'react'
import { REQUEST_KINDS } from '../../domain/catalogue'
import { STATUSES } from '../../domain/status'

export const OPEN = 'open'

export interface FilterValues {
  text: string
  status: string
  kind: string
  overdueOnly: boolean
  receivedFrom: string
  receivedTo: string
}

export function RegisterFilters({
  values: v,
  onChange,
  nameToggle,
  children
}: {
  values: FilterValues
  onChange: (change: Partial<FilterValues>) => void
  /** The 「氏名を表示」 switch, when names are masked. */
  nameToggle: ReactNode
  /** Shown under the form (the empty answer). */
  children?: ReactNode
}) {
  const rangeWrong = v.receivedFrom !== '' && v.receivedTo !== '' && v.receivedFrom > v.receivedTo
  return (
    <>
      <form className="filters" role="search" aria-label="受付簿の検索" onSubmit={(e) => e.preventDefault()} noValidate>
        <label className="field grow">
          <span>検索(受付番号・氏名・フリガナ・診察券番号・電話・代理人)</span>
          <input
            type="search"
            value={v.text}
            onChange={(e) => onChange({ text: e.target.value })}
            placeholder="例: やまだ / 2026-0001 / 090-1234"
          />
        </label>
        <label className="field">
          <span>状態</span>
          <select value={v.status} onChange={(e) => onChange({ status: e.target.value })}>
            <option value="">すべて</option>
            <option value={OPEN}>対応中(未通知)</option>
            {STATUSES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>種別</span>
          <select value={v.kind} onChange={(e) => onChange({ kind: e.target.value })}>
            <option value="">すべて</option>
            {REQUEST_KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>受付日(から)</span>
          <input
            type="date"
            value={v.receivedFrom}
            max="9999-12-31"
            onChange={(e) => onChange({ receivedFrom: e.target.value })}
          />
        </label>
        <label className="field">
          <span>受付日(まで)</span>
          <input
            type="date"
            value={v.receivedTo}
            max="9999-12-31"
            aria-invalid={rangeWrong}
            onChange={(e) => onChange({ receivedTo: e.target.value })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={v.overdueOnly}
            onChange={(e) => onChange({ overdueOnly: e.target.checked })}
          />
          期限超過のみ
        </label>
        {nameToggle}
      </form>
      {rangeWrong && (
        <p className="error" role="alert">
          受付日の「から」は「まで」より前の日にしてください。
        </p>
      )}
      {children}
    </>
  )
}
