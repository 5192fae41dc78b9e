import { daysLeft } from '../../domain/deadline'
import type { RequestRecord } from '../../domain/request'
import { isOpen } from '../../domain/status'
import { Badge } from '../../ui/Badge'

/** Days left to the target; overdue requests stand out until they are notified. */
export function DeadlineBadge({ record, today }: { record: Pick<RequestRecord, 'status' | 'dueOn'>; today: string }) {
  if (!isOpen(record.status)) return <span className="muted">—</span>
  const left = daysLeft(record.dueOn, today)
  if (left < 0) return <Badge tone="danger">期限超過 {-left}日</Badge>
  if (left === 0) return <Badge tone="warning">本日期限</Badge>
  return <Badge tone={left <= 3 ? 'warning' : 'neutral'}>残り{left}日</Badge>
}
