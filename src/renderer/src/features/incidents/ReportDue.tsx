// A report's due date with days left, red once overdue; 報告済 once submitted, 対象外 when not reportable.
import { daysLeft } from '../../domain/deadline'
import { useScreenDate } from '../../app/useScreenDate'
import { Badge } from '../../ui/Badge'

export function ReportDue({
  on,
  done,
  today,
  closed
}: {
  on: string | null
  done: boolean
  today: string
  closed: boolean
}) {
  const date = useScreenDate()
  if (on === null) return <span className="muted">報告対象外</span>
  if (done) return <Badge tone="ok">報告済</Badge>
  const left = daysLeft(on, today)
  return (
    <span>
      {date(on)}{' '}
      {closed ? null : left < 0 ? (
        <Badge tone="danger">{`期限超過 ${-left}日`}</Badge>
      ) : (
        <Badge tone={left <= 1 ? 'warning' : 'neutral'}>{`残り${left}日`}</Badge>
      )}
    </span>
  )
}
