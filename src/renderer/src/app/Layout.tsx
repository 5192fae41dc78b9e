import { NavLink, Outlet } from 'react-router'
import { useSession, useActor } from './session'
import { labelOf } from '../domain/catalogue'
import { ROLES } from '../domain/staff'

export function Layout() {
  const actor = useActor()
  const { lock } = useSession()
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
          {actor.role === 'manager' && <NavLink to="/monthly-log">月次処理簿</NavLink>}
          {actor.role === 'manager' && <NavLink to="/audit">監査記録</NavLink>}
          <NavLink to="/provisions">提供記録</NavLink>
          {actor.role === 'manager' && <NavLink to="/incidents">漏えい等</NavLink>}
          {actor.role === 'manager' && <NavLink to="/procedure">請求手続</NavLink>}
          {actor.role === 'manager' && <NavLink to="/settings">設定</NavLink>}
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
