// 受付簿: every request, in the order staff choose by column, with search and filters; virtualised for
// 100,000 rows. What is on screen can be saved as CSV, printed or saved as PDF.
import { useEffect, useRef, useState } from 'react'
import { DamagedRowNotice } from '../../ui/DamagedRowNotice'
import { Link } from 'react-router'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { RequestKindId } from '../../domain/catalogue'
import { isFiltering, type RegisterFilter } from '../../domain/registerList'
import { registerConditionText } from '../../domain/registerExport'
import { nextSort, type RegisterSortKey } from '../../domain/registerSort'
import { OPEN_STATUS_IDS, type StatusId } from '../../domain/status'
import { useToday } from '../../app/useToday'
import { useSettings } from '../../app/useSettings'
import { useActor } from '../../app/session'
import { useRegisterList } from './useRegister'
import { RegisterRow } from './RegisterRow'
import { RegisterGridHead } from './RegisterGridHead'
import { OPEN, RegisterFilters, type FilterValues } from './RegisterFilters'
import { RegisterExportButtons } from './RegisterExportButtons'
import { saveRegisterView, savedRegisterView } from './registerView'

const ROW_HEIGHT = 44

export function RegisterPage() {
  const today = useToday()
  const settings = useSettings()
  const staffId = useActor().id
  const [initial] = useState(() => savedRegisterView(staffId))
  const [values, setValues] = useState<FilterValues>(initial)
  const [sort, setSort] = useState(initial.sort)
  useEffect(() => {
    const { text, status, kind, overdueOnly, receivedFrom, receivedTo } = values
    saveRegisterView(staffId, { text, status, kind, overdueOnly, receivedFrom, receivedTo, sort })
  }, [staffId, values, sort])
  const [showNames, setShowNames] = useState(false)
  const { status, kind } = values
  const filter: RegisterFilter = {
    text: values.text,
    statuses: status === OPEN ? OPEN_STATUS_IDS : status === '' ? [] : [status as StatusId],
    kinds: kind === '' ? [] : [kind as RequestKindId],
    overdueOnly: values.overdueOnly,
    today,
    receivedFrom: values.receivedFrom,
    receivedTo: values.receivedTo
  }
  const { rows, partial, key, failed, damaged } = useRegisterList(filter, sort)

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
  const empty = rows !== undefined && !partial && all.length === 0
  const onSort = (k: RegisterSortKey) => {
    setSort((s) => nextSort(s, k))
    scrollRef.current?.scrollTo({ top: 0 })
  }

  return (
    <section className="register" aria-labelledby="register-title">
      <div className="page-head">
        <h1 id="register-title">受付簿</h1>
        <Link className="button" to="/intake">
          新規受付
        </Link>
      </div>
      <RegisterFilters
        values={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        nameToggle={
          settings.maskNames && (
            <label className="check">
              <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />
              氏名を表示
            </label>
          )
        }
      >
        {empty && (
          <p className="empty" role="status">
            該当する請求はありません。
          </p>
        )}
      </RegisterFilters>
      <div className="register-bar">
        <p className="result-count" aria-live="polite">
          {rows === undefined
            ? failed
              ? ''
              : '読み込み中…'
            : partial
              ? `新しい順に${all.length.toLocaleString('ja-JP')}件を表示しています。残りを読み込み中…`
              : `${all.length.toLocaleString('ja-JP')}件`}
        </p>
        {rows !== undefined && !partial && (
          <RegisterExportButtons
            rows={all}
            filtered={isFiltering(filter)}
            filter={{ ...filter, sort }}
            condition={registerConditionText(filter)}
            masked={masked}
          />
        )}
      </div>
      {failed && (
        <p className="error" role="alert">
          受付簿を読み込めませんでした。画面を開き直し、直らなければアプリを再起動してください。
        </p>
      )}
      {damaged.map((d) => (
        <DamagedRowNotice key={`${d.table}:${d.id}`} id={d.id} />
      ))}
      <div
        className="grid"
        role="table"
        aria-label="受付簿"
        aria-rowcount={all.length + 1}
        data-filter-key={key}
        hidden={empty}
      >
        <div role="rowgroup">
          <RegisterGridHead sort={sort} onSort={onSort} />
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
      </div>
    </section>
  )
}
