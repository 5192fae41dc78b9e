// A manager gives a staff member who forgot their PIN (or is locked out) a temporary PIN; at their next login
// they must choose their own. The check that the actor is a manager is in the repository.
import { useState } from 'react'
import { resetStaffPin } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { hashNewPin, validatePinFormat } from '../../domain/pin'
import type { StaffRecord } from '../../domain/staff'
import { Field } from '../../ui/Field'

export function ResetPinForm({ staff, onDone }: { staff: StaffRecord; onDone: (message: string) => void }) {
  const ctx = useDb()
  const actor = useActor()
  const [pin, setPin] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  async function submit(e: { preventDefault: () => void }) {
    e.preventDefault()
    const problem = validatePinFormat(pin)
    if (problem !== null) return setError(problem)
    setBusy(true)
    try {
      await resetStaffPin(ctx, actor, staff.id, await hashNewPin(pin))
      onDone(
        `${staff.name}さんの PIN を再設定しました。仮の PIN を本人に伝えてください。次のログインで本人が新しい PIN を決めます。`
      )
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={`${staff.name}さんの PIN の再設定`}>
      <Field label="仮の PIN(数字4〜8桁)" error={error === '' ? undefined : error}>
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
      <div className="actions">
        <button type="submit" disabled={busy}>
          仮の PIN にする
        </button>
      </div>
    </form>
  )
}
