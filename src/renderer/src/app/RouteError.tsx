// A route that throws while rendering (a damaged record, a bug) is shown as a Japanese failure page inside the
// layout, so the menu stays usable; react-router's English developer page is never shown.
import { useEffect } from 'react'
import { Link, isRouteErrorResponse, useNavigate, useRouteError } from 'react-router'
import { DomainError } from '../db'
import { logError } from '../platform/log'
import { FailurePage, technicalDetail } from '../ui/FailurePage'

const NOT_FOUND = 'このページは見つかりません。メニューから開き直してください。'

function summaryOf(error: unknown): string {
  if (isRouteErrorResponse(error) && error.status === 404) return NOT_FOUND
  if (error instanceof DomainError) return error.message
  return '予期しない問題が起きたため、この画面を表示できませんでした。'
}

const homeLinks = (
  <>
    <Link to="/">ホームに戻る</Link>
    <Link to="/register">受付簿を開く</Link>
  </>
)

/** An address the app does not have (a mistyped or outdated link). */
export function NotFound() {
  const navigate = useNavigate()
  return (
    <FailurePage
      summary={NOT_FOUND}
      detail={`404 ${window.location.hash}`}
      onRetry={() => void navigate(0)}
      links={homeLinks}
    />
  )
}

export function RouteError() {
  const error = useRouteError()
  const navigate = useNavigate()
  const detail = technicalDetail(error)
  useEffect(() => {
    logError('route', detail)
  }, [detail])
  return <FailurePage summary={summaryOf(error)} detail={detail} onRetry={() => void navigate(0)} links={homeLinks} />
}
