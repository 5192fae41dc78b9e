// The body of the workflow panel for the request's current status.
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { statusLabel } from '../../domain/status'
import { ApprovalStep } from '../decision/ApprovalStep'
import { DecisionForm } from '../decision/DecisionForm'
import { DecisionSummary } from '../decision/DecisionSummary'
import { FeeReceiptForm } from '../decision/FeeReceiptForm'
import { kindById } from '../../domain/catalogue'
import { InvestigationForm } from '../decision/InvestigationForm'
import { IdentityStep } from '../identity/IdentityStep'
import { formatTokyoDateTime } from '../../domain/calendar'
import { useRequestAction } from './useRequestAction'

type StepProps = { record: RequestRecord; onDone: (e: RequestEvent) => void }

function CloseStep({ record, onDone }: StepProps) {
  const action = useRequestAction(record.id, onDone)
  return (
    <div className="step-form">
      <DecisionSummary record={record} />
      <button type="button" disabled={action.busy} onClick={() => void action.run({ type: 'close' })}>
        完了にする
      </button>
      {action.error !== '' && (
        <p role="alert" className="error banner">
          {action.error}
        </p>
      )}
    </div>
  )
}

/** Once approved, a fee-taking request records the fee as received (once). */
function FeeReceipt({ record, onDone }: StepProps) {
  if (!kindById(record.kind).feeAllowed || record.feeReceipt) return null
  return <FeeReceiptForm record={record} onDone={onDone} />
}

function HoldInfo({ record }: { record: RequestRecord }) {
  const hold = [...record.history].reverse().find((h) => h.type === 'hold')
  return (
    <p className="notice warn">
      保留中(保留前: {statusLabel(record.heldFrom ?? 'received')})。
      {hold && `理由: ${hold.reason}(${hold.staffName}・${formatTokyoDateTime(hold.at)})`}
    </p>
  )
}

export function WorkflowStep({ record, onDone }: StepProps) {
  switch (record.status) {
    case 'received':
    case 'identityPending':
      return <IdentityStep record={record} onDone={onDone} />
    case 'investigating':
      return (
        <>
          <InvestigationForm
            key={`investigation-${record.investigation?.at ?? 'new'}`}
            record={record}
            onDone={onDone}
          />
          <DecisionForm key={`decision-${record.decision?.at ?? 'new'}`} record={record} onDone={onDone} />
        </>
      )
    case 'awaitingApproval':
      return <ApprovalStep record={record} onDone={onDone} />
    case 'approved':
      return (
        <>
          <p className="notice ok">
            <strong>通知書を発行できます。</strong>承認: {record.approval?.staffName}
          </p>
          <DecisionSummary record={record} />
          <FeeReceipt record={record} onDone={onDone} />
        </>
      )
    case 'onHold':
      return <HoldInfo record={record} />
    case 'notified':
      return (
        <>
          <CloseStep record={record} onDone={onDone} />
          <FeeReceipt record={record} onDone={onDone} />
        </>
      )
    case 'closed':
      return (
        <>
          <DecisionSummary record={record} />
          <FeeReceipt record={record} onDone={onDone} />
        </>
      )
    case 'withdrawn':
    case 'identityFailed':
      return <DecisionSummary record={record} />
  }
}
