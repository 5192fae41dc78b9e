// The logged-in staff member's start page: overdue, past the statutory mark, due within 3 days, awaiting
// approval, on hold.
// Managers see approvals first; every list is answered from indexes (db/dashboard.ts).
import { useEffect } from 'react'
import { Link } from 'react-router'
import { loadDashboard, registerStore, useLiveQuery } from '../../db'
import { whenIdle } from '../../app/idle'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { useScreenDate } from '../../app/useScreenDate'
import { isManager } from '../../domain/staff'
import { DashboardSection } from './DashboardSection'
import { IncidentDeadlines } from '../incidents/IncidentDeadlines'
import { BackupStatusBanner } from '../backup/BackupStatusBanner'
import { ConcurrentList } from './ConcurrentList'
import './home.css'

const SOON_DAYS = 3
// More than this per list is a backlog: the register, with its filters, is the place to work through it.
const SHOWN = 10

export function HomePage() {
  const ctx = useDb()
  const actor = useActor()
  const today = useToday()
  const date = useScreenDate()
  const settings = useSettings()
  const data = useLiveQuery(() => loadDashboard(ctx, today, SOON_DAYS, SHOWN), [ctx, today])
  const drawn = data !== undefined
  // Once the home page is drawn, the register is read for the session while staff look at it, so that 受付簿
  // opens at once (a failed read is tried again when the register is opened).
  useEffect(() => {
    if (!drawn) return
    return whenIdle(
      () =>
        void registerStore(ctx)
          .load()
          .catch(() => undefined),
      0
    )
  }, [ctx, drawn])
  const common = { today, masked: settings.maskNames }
  const manager = isManager(actor)
  const approvals = (
    <DashboardSection
      id="dash-approval"
      title="承認待ち"
      list={data?.awaitingApproval}
      tone="accent"
      prominent={manager}
      note={manager ? '決定案を確認し、承認または差戻しをしてください。' : '承認は管理者が行います。'}
      {...common}
    />
  )
  return (
    <div className="home">
      <div className="page-head">
        <h1>今日の受付簿</h1>
        <p className="muted">
          {date(today)}・{actor.name}さん
        </p>
      </div>
      <BackupStatusBanner intervalMinutes={settings.backupIntervalMinutes} />
      {manager && <ConcurrentList />}
      {manager && approvals}
      {manager && <IncidentDeadlines today={today} />}
      <div className="dash-grid">
        <DashboardSection id="dash-overdue" title="期限超過" list={data?.overdue} tone="danger" {...common} />
        <DashboardSection
          id="dash-statutory"
          title="法定の目安(受付+14日)を経過"
          list={data?.statutoryPassed}
          tone="danger"
          note="本人は裁判で請求できる状態です(個人情報保護法39条)。早急に通知するか、状況を本人へ連絡してください。"
          {...common}
        />
        <DashboardSection
          id="dash-soon"
          title={`${SOON_DAYS}日以内に期限`}
          list={data?.dueSoon}
          tone="warning"
          {...common}
        />
        <DashboardSection id="dash-hold" title="保留中" list={data?.onHold} tone="neutral" {...common} />
        {!manager && approvals}
      </div>
      <p>
        <Link to="/intake">新しい請求を受け付ける</Link>・<Link to="/register">受付簿の一覧を開く</Link>
      </p>
    </div>
  )
}
