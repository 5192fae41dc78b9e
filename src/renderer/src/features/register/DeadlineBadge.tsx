import { daysLeft } from '../../domain/deadline'
import type { RequestRecord } from '../../domain/request'
import { isOpen } from '../../domain/status'
import { statutoryDaysPast } from '../../domain/statutory'
import { Badge } from '../../ui/Badge'

/**
 * Days left to the target; overdue requests stand out until they are notified. Past the APPI 39条 mark
 * (receipt + 14 days) a second badge says so, whatever the target rule.
 */
export function DeadlineBadge({
  record,
  today
}: {
  record: Pick<RequestRecord, 'status' | 'dueOn' | 'kind' | 'statutoryOn'>
  today: string
}) {
  if (!isOpen(record.status)) return <span className="muted">—</span>
  const left = daysLeft(record.dueOn, today)
  const past = statutoryDaysPast(record, today)
  const target =
    left < 0 ? (
      <Badge tone="danger">期限超過 {-left}日</Badge>
    ) : left === 0 ? (
      <Badge tone="warning">本日期限</Badge>
    ) : (
      <Badge tone={left <= 3 ? 'warning' : 'neutral'}>残り{left}日</Badge>
    )
  if (past === 0) return target
  return (
    <span className="badges">
      {target}
      <Badge tone="danger">法定目安超過 {past}日</Badge>
    </span>
  )
}
