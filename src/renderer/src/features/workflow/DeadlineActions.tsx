// For every open request: both deadline marks, and hold / resume / extend / withdraw / end for lack of identity.
import { useState } from 'react'
import { useScreenDate } from '../../app/useScreenDate'
import { addDays } from '../../domain/calendar'
import type { RequestRecord } from '../../domain/request'
import { hasStatutoryMark } from '../../domain/catalogue'
import { canApplyTo, type RequestEvent } from '../../domain/stateMachine'
import type { StaffEvent } from '../../db'
import { ReasonForm } from './ReasonForm'
import { useRequestAction } from './useRequestAction'

type Open = 'hold' | 'extend' | 'withdraw' | 'fail' | null

export function DeadlineActions({ record, onDone }: { record: RequestRecord; onDone: (e: RequestEvent) => void }) {
  const [open, setOpen] = useState<Open>(null)
  const date = useScreenDate()
  const action = useRequestAction(record.id, onDone)
  const can = (type: RequestEvent['type']) => canApplyTo(record, type)
  const statutory = hasStatutoryMark(record.kind)
  const toggle = (which: Exclude<Open, null>) => {
    action.clearError()
    setOpen(open === which ? null : which)
  }
  const submit = async (event: StaffEvent) => {
    if (await action.run(event)) setOpen(null)
  }
  const opener = (which: Exclude<Open, null>, label: string, danger = false) => (
    <button
      type="button"
      className={danger ? 'secondary danger-outline' : 'secondary'}
      aria-expanded={open === which}
      onClick={() => toggle(which)}
    >
      {label}
    </button>
  )
  const formProps = { busy: action.busy, onCancel: () => setOpen(null) }
  return (
    <section className="deadline-actions" aria-labelledby="deadline-title">
      <h3 id="deadline-title">期限と保留</h3>
      <dl className="marks">
        <div>
          <dt>目標日(院内)</dt>
          <dd>{date(record.dueOn)}</dd>
        </div>
        {statutory && (
          <div>
            <dt>法定の目安(受付+14日・個人情報保護法39条)</dt>
            <dd>{date(record.statutoryOn)}</dd>
          </div>
        )}
      </dl>
      {statutory && record.dueOn > record.statutoryOn && (
        <p className="notice warn">
          目標日が法定の目安({date(record.statutoryOn)}
          )より後です。それまでに本人へ状況を連絡しておくと安心です。
        </p>
      )}
      {statutory && (
        <p className="hint">
          目標日を延長しても法定の目安は動きません。受付から2週間を過ぎると、本人は裁判で請求できるようになります(個人情報保護法39条)。
        </p>
      )}
      <div className="actions wrap">
        {can('hold') && opener('hold', '保留')}
        {can('resume') && (
          <button type="button" disabled={action.busy} onClick={() => void action.run({ type: 'resume' })}>
            保留解除
          </button>
        )}
        {can('extend') && opener('extend', '目標日の延長')}
        {can('withdraw') && opener('withdraw', '取下げ', true)}
        {can('markIdentityFailed') && opener('fail', '本人確認不可で終了', true)}
      </div>
      {action.error !== '' && (
        <p role="alert" className="error banner">
          {action.error}
        </p>
      )}
      {open === 'hold' && (
        <ReasonForm
          title="保留にする"
          reasonLabel="保留の理由"
          submitLabel="保留を記録"
          {...formProps}
          onSubmit={(v) => submit({ type: 'hold', reason: v.reason })}
        />
      )}
      {open === 'extend' && (
        <ReasonForm
          title="目標日を延長する"
          reasonLabel="延長の理由"
          submitLabel="延長を記録"
          withDate
          minDate={addDays(record.dueOn, 1)}
          {...formProps}
          onSubmit={(v) => submit({ type: 'extend', toDate: v.toDate, reason: v.reason })}
        />
      )}
      {open === 'withdraw' && (
        <ReasonForm
          title="取下げとして終了する"
          reasonLabel="取下げの内容(申出の日時・方法など)"
          submitLabel="取下げとして終了する"
          danger
          {...formProps}
          onSubmit={(v) => submit({ type: 'withdraw', reason: v.reason })}
        />
      )}
      {open === 'fail' && (
        <ReasonForm
          title="本人確認不可として終了する"
          reasonLabel="本人確認ができなかった理由"
          submitLabel="本人確認不可として終了する"
          danger
          {...formProps}
          onSubmit={(v) => submit({ type: 'markIdentityFailed', reason: v.reason })}
        />
      )}
    </section>
  )
}
