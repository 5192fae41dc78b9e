// 「自分の PIN を変更」: every staff member, whatever their role.
import { useState } from 'react'
import { useActor } from '../../app/session'
import { ChangePinForm } from './ChangePinForm'

export function AccountPage() {
  const actor = useActor()
  const [done, setDone] = useState(false)
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">自分の PIN を変更</h1>
      <p>{actor.name}さんの PIN を変更します。PIN は他の人に見られないように入力してください。</p>
      {done && (
        <p className="notice" role="status">
          PIN を変更しました。次のログインから新しい PIN を使います。
        </p>
      )}
      <ChangePinForm actor={actor} afterReset={false} onDone={() => setDone(true)} />
    </section>
  )
}
