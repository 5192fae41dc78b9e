import { Link } from 'react-router'
import { kindById, labelOf, REQUESTER_TYPES } from '../../domain/catalogue'
import { useScreenDate } from '../../app/useScreenDate'
import { maskName } from '../../domain/receiptNumber'
import type { RegisterSummary } from '../../domain/registerSummary'
import { statusLabel } from '../../domain/status'
import { DeadlineBadge } from './DeadlineBadge'
import { isOverdue } from '../../domain/stateMachine'

export function RegisterRow({
  record: r,
  index,
  top,
  height,
  today,
  masked
}: {
  record: RegisterSummary
  index: number
  top: number
  height: number
  today: string
  masked: boolean
}) {
  const style = { position: 'absolute' as const, top, left: 0, right: 0, height }
  const overdue = isOverdue(r, today)
  const date = useScreenDate()
  return (
    <div role="row" className={overdue ? 'grid-row overdue' : 'grid-row'} aria-rowindex={index + 2} style={style}>
      <span role="cell">
        <Link to={`/requests/${r.id}`}>{r.receiptNo}</Link>
      </span>
      <span role="cell">{date(r.receivedOn)}</span>
      <span role="cell">{kindById(r.kind).label}</span>
      <span role="cell">{masked ? maskName(r.name) : r.name}</span>
      <span role="cell">{labelOf(REQUESTER_TYPES, r.requesterType)}</span>
      <span role="cell">{statusLabel(r.status)}</span>
      <span role="cell">
        <DeadlineBadge record={r} today={today} />
      </span>
    </div>
  )
}
