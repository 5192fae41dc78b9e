// One page of the 監査記録 under the applied filter, newest first. Pages are walked forwards by the cursor each
// page returns; going back reuses the cursors already seen, so any page costs one indexed read.
import { useEffect, useState } from 'react'
import { auditPage, type AuditPage } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { failureText } from '../../app/failureText'
import type { AuditCursor, AuditFilter } from '../../domain/auditFilter'

export const AUDIT_PAGE_SIZE = 100

export type AuditLogState =
  { phase: 'loading' } | { phase: 'ready'; page: AuditPage } | { phase: 'failed'; message: string }

interface Answer {
  filter: AuditFilter
  start: AuditCursor | null
  state: AuditLogState
}

export function useAuditLog(filter: AuditFilter) {
  const ctx = useDb()
  const actor = useActor()
  // The cursor each page starts from; the first page starts at the newest entry.
  const [starts, setStarts] = useState<(AuditCursor | null)[]>([null])
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [shownFilter, setShownFilter] = useState(filter)
  // A new filter starts again at page 1 (adjusted during render, not in an effect).
  if (shownFilter !== filter) {
    setShownFilter(filter)
    setStarts([null])
  }
  const start = starts.at(-1) ?? null
  useEffect(() => {
    let live = true
    const settle = (state: AuditLogState) => {
      if (live) setAnswer({ filter, start, state })
    }
    auditPage(ctx, actor, filter, start, AUDIT_PAGE_SIZE).then(
      (page) => settle({ phase: 'ready', page }),
      (e: unknown) => settle({ phase: 'failed', message: `監査記録を読み込めませんでした。${failureText(e)}` })
    )
    return () => {
      live = false
    }
  }, [ctx, actor, filter, start])
  // Until this page's answer has come it is loading, never the previous page's rows.
  const state: AuditLogState =
    answer !== null && answer.filter === filter && answer.start === start ? answer.state : { phase: 'loading' }
  const next = state.phase === 'ready' ? state.page.next : null
  return {
    state,
    pageNumber: starts.length,
    hasPrevious: starts.length > 1,
    hasNext: next !== null,
    previous: () => setStarts((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    nextPage: () => {
      if (next !== null) setStarts((s) => [...s, next])
    }
  }
}
