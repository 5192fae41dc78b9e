// The next step for this request and the actions its status allows (canApply decides which show):
// identity check, investigation, decision, approval, holds and extensions, with their history.
import { useCallback, useState } from 'react'
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { isOpen } from '../../domain/status'
import { DeadlineActions } from './DeadlineActions'
import { WorkflowHistory } from './WorkflowHistory'
import { WorkflowStep } from './WorkflowStep'
import { doneMessage, nextStep } from './workflowSteps'
import './workflow.css'

function Panel({ record }: { record: RequestRecord }) {
  const [done, setDone] = useState('')
  const onDone = useCallback((e: RequestEvent) => setDone(doneMessage(e)), [])
  return (
    <section className="workflow" aria-labelledby="workflow-title">
      <h2 id="workflow-title">対応</h2>
      <p className="next-step">
        <strong>次にすること:</strong> {nextStep(record)}
      </p>
      <p className={done === '' ? 'done-message' : 'done-message notice ok'} aria-live="polite">
        {done}
      </p>
      <WorkflowStep record={record} onDone={onDone} />
      {isOpen(record.status) && <DeadlineActions record={record} onDone={onDone} />}
      <WorkflowHistory record={record} />
    </section>
  )
}

/** Keyed by request, so a message from one request never shows on another. */
export function WorkflowPanel({ record }: { record: RequestRecord }) {
  return <Panel key={record.id} record={record} />
}
