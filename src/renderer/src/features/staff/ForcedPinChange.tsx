// After a manager reset the PIN, the staff member sets their own before anything else opens.
import { useSession } from '../../app/session'
import type { Actor } from '../../domain/staff'
import { ChangePinForm } from './ChangePinForm'

export function ForcedPinChange({ actor }: { actor: Actor }) {
  const { lock } = useSession()
  return (
    <main className="login">
      <h1 tabIndex={-1}>新しい PIN を決めてください</h1>
      <p>管理者が {actor.name}さんの PIN を再設定しました。続けるには、自分だけが知る新しい PIN を決めてください。</p>
      <ChangePinForm actor={actor} afterReset onDone={() => undefined} />
      <button type="button" className="secondary" onClick={lock}>
        やめる(ロック画面に戻る)
      </button>
    </main>
  )
}
