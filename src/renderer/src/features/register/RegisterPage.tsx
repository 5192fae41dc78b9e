// 受付簿: every request, newest first, with search and filters; virtualised for 100,000 rows.
import { useEffect, useRef, useState } from 'react'
import { DamagedRowNotice } from '../../ui/DamagedRowNotice'
import { Link } from 'react-router'
import { useVirtualizer } from '@tanstack/react-virtual'
import { REQUEST_KINDS, type RequestKindId } from '../../domain/catalogue'
import { OPEN_STATUS_IDS, STATUSES, type StatusId } from '../../domain/status'
import { useToday } from '../../app/useToday'
import { useSettings } from '../../app/useSettings'
import { useActor } from '../../app/session'
import { useRegisterList } from './useRegister'
import { RegisterRow } from './RegisterRow'
import { saveRegisterView, savedRegisterView } from './registerView'

const ROW_HEIGHT = 44
const OPEN = 'open'

export function RegisterPage() {
  const today = useToday()
  const settings = useSettings()
  const staffId = useActor().id
  const [initial] = useState(() => savedRegisterView(staffId))
  const [text, setText] = useState(initial.text)
  const [status, setStatus] = useState(initial.status)
  const [kind, setKind] = useState(initial.kind)
  const [overdueOnly, setOverdueOnly] = useState(initial.overdueOnly)
  useEffect(() => {
    saveRegisterView(staffId, { text, status, kind, overdueOnly })
  }, [staffId, text, status, kind, overdueOnly])
  const [showNames, setShowNames] = useState(false)
  const statuses: StatusId[] = status === OPEN ? OPEN_STATUS_IDS : status === '' ? [] : [status as StatusId]
  const kinds: RequestKindId[] = kind === '' ? [] : [kind as RequestKindId]
  const { rows, key, failed, damaged } = useRegisterList({ text, statuses, kinds, overdueOnly, today })

  const scrollRef = useRef<HTMLDivElement>(null)
  const all = rows ?? []
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as documented
  const virtualizer = useVirtualizer({
    count: all.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Back from a request: the list opens where it was left.
    initialOffset: initial.scrollTop
  })
  const items = virtualizer.getVirtualItems()
  const masked = settings.maskNames && !showNames

  return (
    <section className="register" aria-labelledby="register-title">
      <div className="page-head">
        <h1 id="register-title">受付簿</h1>
        <Link className="button" to="/intake">
          新規受付
        </Link>
      </div>
      <form className="filters" role="search" aria-label="受付簿の検索" onSubmit={(e) => e.preventDefault()} noValidate>
        <label className="field grow">
          <span>検索(受付番号・氏名・フリガナ・診察券番号・電話)</span>
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="例: やまだ / 2026-0001 / 090"
          />
        </label>
        <label className="field">
          <span>状態</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
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
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">すべて</option>
            {REQUEST_KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
          期限超過のみ
        </label>
        {settings.maskNames && (
          <label className="check">
            <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />
            氏名を表示
          </label>
        )}
      </form>
      <p className="result-count" aria-live="polite">
        {rows === undefined ? (failed ? '' : '読み込み中…') : `${all.length.toLocaleString('ja-JP')}件`}
      </p>
      {failed && (
        <p className="error" role="alert">
          受付簿を読み込めませんでした。画面を開き直し、直らなければアプリを再起動してください。
        </p>
      )}
      {damaged.map((d) => (
        <DamagedRowNotice key={`${d.table}:${d.id}`} id={d.id} />
      ))}
      <div className="grid" role="table" aria-label="受付簿" aria-rowcount={all.length + 1} data-filter-key={key}>
        <div role="rowgroup">
          <div role="row" className="grid-row grid-head" aria-rowindex={1}>
            {['受付番号', '受付日', '種別', '氏名', '請求者', '状態', '期限'].map((h) => (
              <span role="columnheader" key={h}>
                {h}
              </span>
            ))}
          </div>
        </div>
        <div
          ref={scrollRef}
          className="grid-body"
          role="rowgroup"
          onScroll={(e) => saveRegisterView(staffId, { scrollTop: e.currentTarget.scrollTop })}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const r = all[item.index]
              if (r === undefined) return null
              return (
                <RegisterRow
                  key={item.key}
                  record={r}
                  index={item.index}
                  top={item.start}
                  height={ROW_HEIGHT}
                  today={today}
                  masked={masked}
                />
              )
            })}
          </div>
        </div>
        {rows !== undefined && all.length === 0 && <p className="empty">該当する請求はありません。</p>}
      </div>
    </section>
  )
}
