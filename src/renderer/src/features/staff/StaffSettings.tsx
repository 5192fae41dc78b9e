// Staff list managed by a manager: add with role and PIN, change role, stop using, reset a PIN.
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { addStaff, failureMessage, listStaff, updateStaff, useLiveQuery } from '../../db'
import { ActionOutcome, type Outcome } from '../../ui/ActionOutcome'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { labelOf } from '../../domain/catalogue'
import { ROLES, type StaffRecord } from '../../domain/staff'
import { Field } from '../../ui/Field'
import { newStaffSchema, type NewStaffInput } from './staffSchema'
import { hashNewPin } from '../../domain/pin'
import { ResetPinForm } from './ResetPinForm'

export function StaffSettings() {
  const ctx = useDb()
  const actor = useActor()
  const staff = useLiveQuery(() => listStaff(ctx), [ctx]) ?? []
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [resetting, setResetting] = useState<StaffRecord | null>(null)
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting }
  } = useForm<NewStaffInput>({
    resolver: zodResolver(newStaffSchema),
    defaultValues: { name: '', role: 'reception', pin: '', pinConfirm: '' }
  })
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work()
      setOutcome({ ok: true, text: done })
    } catch (e) {
      console.error(e)
      setOutcome({ ok: false, text: failureMessage(e) })
    }
  }
  const onAdd = handleSubmit((v) =>
    run(async () => {
      await addStaff(ctx, actor, { name: v.name, role: v.role, pinHash: await hashNewPin(v.pin) })
      reset()
    }, `${v.name} を登録しました。`)
  )
  const toggleActive = (s: StaffRecord) =>
    run(
      () =>
        updateStaff(
          ctx,
          actor,
          s.id,
          { active: !s.active },
          s.active ? `職員「${s.name}」を利用停止` : `職員「${s.name}」を再開`
        ),
      '変更しました。'
    )
  const toggleRole = (s: StaffRecord) => {
    const role = s.role === 'manager' ? 'reception' : 'manager'
    return run(
      () => updateStaff(ctx, actor, s.id, { role }, `職員「${s.name}」の役割を${labelOf(ROLES, role)}に変更`),
      '変更しました。'
    )
  }

  return (
    <section aria-labelledby="staff-title">
      <h2 id="staff-title">職員</h2>
      <ActionOutcome outcome={outcome} />
      <table className="history">
        <thead>
          <tr>
            <th scope="col">氏名</th>
            <th scope="col">役割</th>
            <th scope="col">状態</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.id}>
              <td>{s.name}</td>
              <td>{labelOf(ROLES, s.role)}</td>
              <td>{s.active ? '利用中' : '利用停止'}</td>
              <td className="row-actions">
                <button type="button" className="secondary" onClick={() => void toggleRole(s)}>
                  {s.role === 'manager' ? '受付にする' : '管理者にする'}
                </button>
                <button type="button" className="secondary" onClick={() => void toggleActive(s)}>
                  {s.active ? '利用停止' : '再開'}
                </button>
                {s.id !== actor.id && (
                  <button
                    type="button"
                    className="secondary"
                    aria-expanded={resetting?.id === s.id}
                    onClick={() => setResetting(resetting?.id === s.id ? null : s)}
                  >
                    PIN を再設定
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {resetting && (
        <ResetPinForm
          key={resetting.id}
          staff={resetting}
          onDone={(done) => {
            setResetting(null)
            setOutcome({ ok: true, text: done })
          }}
        />
      )}
      <form onSubmit={(e) => void onAdd(e)} noValidate aria-label="職員の追加">
        <h3>職員を追加</h3>
        <div className="row">
          <Field label="氏名(表示名)" required error={errors.name?.message}>
            {(p) => <input {...p} {...register('name')} />}
          </Field>
          <Field label="役割" error={errors.role?.message}>
            {(p) => (
              <select {...p} {...register('role')}>
                {ROLES.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="PIN(数字4〜8桁)" required error={errors.pin?.message}>
            {(p) => <input {...p} type="password" inputMode="numeric" {...register('pin')} />}
          </Field>
          <Field label="PIN(確認)" required error={errors.pinConfirm?.message}>
            {(p) => <input {...p} type="password" inputMode="numeric" {...register('pinConfirm')} />}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" disabled={isSubmitting}>
            職員を追加
          </button>
        </div>
      </form>
    </section>
  )
}
