import { useState } from 'react'
import { failureMessage, listStaff, loginWithPin, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useSession } from '../../app/session'
import { ROLES, type StaffRecord } from '../../domain/staff'
import { labelOf } from '../../domain/catalogue'
import { ForgotPin } from './ForgotPin'

export function LoginScreen() {
  const ctx = useDb()
  const { login, lastActor } = useSession()
  const staff = useLiveQuery(() => listStaff(ctx), [ctx])
  const [chosen, setChosen] = useState<string>(lastActor?.id ?? '')
  const [pin, setPin] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const active = (staff ?? []).filter((s: StaffRecord) => s.active)

  async function submit(e: { preventDefault: () => void }) {
    e.preventDefault()
    if (chosen === '') return setMessage('職員を選んでください。')
    setBusy(true)
    try {
      const result = await loginWithPin(ctx, chosen, pin)
      if (result.ok) login(result.actor)
      else setMessage(result.message)
    } catch (err) {
      // A failed write (a full disk) is shown as such; the button comes back for another try.
      console.error(err)
      setMessage(failureMessage(err))
    } finally {
      setBusy(false)
      setPin('')
    }
  }

  return (
    <main className="login">
      <h1>開示等請求 受付簿</h1>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="ログイン">
        {lastActor && (
          <div className="notice" role="status">
            <p>画面をロックしました。{lastActor.name}さんが PIN を入力すると、入力途中の内容のまま続けられます。</p>
            <p>別の職員がログインすると、入力途中の内容は破棄され、ホーム画面から始まります。</p>
          </div>
        )}
        <fieldset>
          <legend>職員を選んでください</legend>
          {active.map((s) => (
            <label key={s.id} className="choice">
              <input
                type="radio"
                name="staff"
                value={s.id}
                checked={chosen === s.id}
                onChange={() => setChosen(s.id)}
              />
              {s.name}
              <span className="muted">({labelOf(ROLES, s.role)})</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>PIN</span>
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
          />
        </label>
        {message !== '' && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          ログイン
        </button>
      </form>
      <ForgotPin chosen={active.find((s) => s.id === chosen)} />
    </main>
  )
}
