import { NavLink, Outlet, useLocation } from 'react-router'
import { useSession, useActor } from './session'
import { labelOf } from '../domain/catalogue'
import { ROLES } from '../domain/staff'
import { focusMainHeading, useFocusMainHeading } from './focusMainHeading'
import { useHelpKey } from './useHelpKey'

export function Layout() {
  const actor = useActor()
  const { lock } = useSession()
  const { pathname } = useLocation()
  useFocusMainHeading(pathname)
  useHelpKey()
  return (
    <div className="shell">
      {/* The hash router owns the URL fragment, so the skip link moves focus itself. */}
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault()
          focusMainHeading()
        }}
      >
        本文へ移動
      </a>
      <header className="topbar">
        <span className="app-name">開示等請求 受付簿</span>
        <nav aria-label="メインメニュー">
          <NavLink to="/" end>
            ホーム
          </NavLink>
          <NavLink to="/register">受付簿</NavLink>
          <NavLink to="/intake">新規受付</NavLink>
          <NavLink to="/forms/request">請求書(白紙)</NavLink>
          {actor.role === 'manager' && <NavLink to="/monthly-log">月次処理簿</NavLink>}
          {actor.role === 'manager' && <NavLink to="/audit">監査記録</NavLink>}
          <NavLink to="/provisions">提供記録</NavLink>
          {actor.role === 'manager' && <NavLink to="/incidents">漏えい等</NavLink>}
          {actor.role === 'manager' && <NavLink to="/procedure">請求手続</NavLink>}
          {actor.role === 'manager' && <NavLink to="/inspection">立入検査</NavLink>}
          {actor.role === 'manager' && <NavLink to="/settings">設定</NavLink>}
          {actor.role === 'manager' && <NavLink to="/import">台帳の取込</NavLink>}
          <NavLink to="/help">使い方</NavLink>
        </nav>
        <span className="who">
          {actor.name}({labelOf(ROLES, actor.role)})
        </span>
        <NavLink to="/account" className="who-link">
          PIN を変更
        </NavLink>
        <button type="button" className="secondary" onClick={lock}>
          ロック
        </button>
      </header>
      <main className="content" id="main-content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
