import { NavLink, Outlet } from 'react-router'
import { useSession, useActor } from './session'
import { labelOf } from '../domain/catalogue'
import { ROLES } from '../domain/staff'
import { useHelpKey } from './useHelpKey'

export function Layout() {
  const actor = useActor()
  const { lock } = useSession()
  useHelpKey()
  return (
    <div className="shell">
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
          {actor.role === 'manager' && <NavLink to="/settings">設定</NavLink>}
          {actor.role === 'manager' && <NavLink to="/import">台帳の取込</NavLink>}
          <NavLink to="/help">使い方</NavLink>
        </nav>
        <span className="who">
          {actor.name}({labelOf(ROLES, actor.role)})
        </span>
        <button type="button" className="secondary" onClick={lock}>
          ロック
        </button>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  )
}
