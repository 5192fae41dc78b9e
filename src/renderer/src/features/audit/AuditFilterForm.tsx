// The 監査記録's filter: 受付番号, staff, action and days (Japan time), applied together with 絞り込む.
import { useState } from 'react'
import { listStaff, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { AUDIT_ACTIONS } from '../../domain/auditActions'
import { NO_AUDIT_FILTER, type AuditFilter } from '../../domain/auditFilter'

export function AuditFilterForm({ onApply }: { onApply: (f: AuditFilter) => void }) {
  const ctx = useDb()
  const staff = useLiveQuery(() => listStaff(ctx), [ctx])
  const [draft, setDraft] = useState<AuditFilter>(NO_AUDIT_FILTER)
  const set = (change: Partial<AuditFilter>) => setDraft((d) => ({ ...d, ...change }))
  const rangeWrong = draft.from !== '' && draft.to !== '' && draft.from > draft.to
  return (
    <form
      className="filters"
      role="search"
      aria-label="監査記録の絞り込み"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!rangeWrong) onApply({ ...draft, receiptNo: draft.receiptNo.trim() })
      }}
    >
      <label className="field">
        <span>受付番号</span>
        <input
          value={draft.receiptNo}
          onChange={(e) => set({ receiptNo: e.target.value })}
          placeholder="例: 2026-0001"
        />
      </label>
      <label className="field">
        <span>担当</span>
        <select value={draft.actorId} onChange={(e) => set({ actorId: e.target.value })}>
          <option value="">すべて</option>
          {(staff ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>操作</span>
        <select value={draft.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">すべて</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>期間(から)</span>
        <input type="date" max="9999-12-31" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="field">
        <span>期間(まで)</span>
        <input
          type="date"
          max="9999-12-31"
          value={draft.to}
          aria-invalid={rangeWrong}
          onChange={(e) => set({ to: e.target.value })}
        />
      </label>
      <button type="submit">絞り込む</button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setDraft(NO_AUDIT_FILTER)
          onApply(NO_AUDIT_FILTER)
        }}
      >
        条件を消す
      </button>
      {rangeWrong && (
        <p className="error" role="alert">
          期間の「から」は「まで」より前の日にしてください。
        </p>
      )}
    </form>
  )
}
