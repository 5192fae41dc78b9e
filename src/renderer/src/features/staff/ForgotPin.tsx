// 「PIN を忘れたとき」 on the login screen: staff ask a manager (設定 → 職員 → PIN を再設定); a manager who is
// locked out or has forgotten, with no other manager to help, uses the printed 復旧コード.
import { useState } from 'react'
import { recoverManagerPin } from '../../db'
import { useDb } from '../../app/services'
import { hashNewPin, validatePinFormat } from '../../domain/pin'
import type { StaffRecord } from '../../domain/staff'
import { Field } from '../../ui/Field'

export function ForgotPin({ chosen }: { chosen: StaffRecord | undefined }) {
  const ctx = useDb()
  const [code, setCode] = useState('')
  const [pin, setPin] = useState('')
  const [confirm, setConfirm] = useState('')
  const [message, setMessage] = useState('')
  const [done, setDone] = useState('')
  const [busy, setBusy] = useState(false)
  // Rendered only when asked for, so the login form's own PIN field stays the only one on the screen.
  const [open, setOpen] = useState(false)
  async function submit(e: { preventDefault: () => void }) {
    e.preventDefault()
    setDone('')
    if (!chosen) return setMessage('上の一覧から、PIN を忘れた管理者を選んでください。')
    const problem = validatePinFormat(pin) ?? (pin === confirm ? null : '確認の PIN が一致しません')
    if (problem !== null) return setMessage(problem)
    setBusy(true)
    try {
      await recoverManagerPin(ctx, chosen.id, code, await hashNewPin(pin))
      setMessage('')
      setCode('')
      setPin('')
      setConfirm('')
      setOpen(false)
      setDone(
        `${chosen.name}さんの PIN を再設定しました。新しい PIN でログインし、設定から復旧コードを再発行してください。`
      )
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="forgot-pin">
      {done !== '' && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        PIN を忘れたとき
      </button>
      {open && (
        <>
          <p>受付の方は、管理者に「設定 → 職員 → PIN を再設定」を依頼してください。</p>
          <p>
            管理者全員がログインできないときは、上で自分の名前を選び、金庫に保管した復旧コードで PIN を再設定します。
          </p>
          <form onSubmit={(e) => void submit(e)} noValidate aria-label="復旧コードによる管理者の再設定">
            <Field label="復旧コード" hint="例: K9ZJ-CQBW-R2FK-P3M9(ハイフンはなくても構いません)">
              {(p) => <input {...p} autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />}
            </Field>
            <Field label="新しい PIN(数字4〜8桁)">
              {(p) => (
                <input
                  {...p}
                  type="password"
                  inputMode="numeric"
                  autoComplete="off"
                  value={pin}
                  onChange={(e) => setPin(e.target.value)}
                />
              )}
            </Field>
            <Field label="新しい PIN(確認)">
              {(p) => (
                <input
                  {...p}
                  type="password"
                  inputMode="numeric"
                  autoComplete="off"
                  value={confirm}
                  onChange={(e) => setConfirm(e.target.value)}
                />
              )}
            </Field>
            {message !== '' && (
              <p role="alert" className="error">
                {message}
              </p>
            )}
            <button type="submit" className="secondary" disabled={busy}>
              復旧コードで再設定
            </button>
          </form>
        </>
      )}
    </div>
  )
}
