// Runs one state-machine event on a request and keeps the Japanese message of a refusal for the screen.
import { useCallback, useState } from 'react'
import { applyRequestEvent, failureMessage, type StaffEvent } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'

export interface RequestAction {
  /** Applies the event; true when it was saved, false when refused (the message is in `error`). */
  run: (event: StaffEvent) => Promise<boolean>
  error: string
  busy: boolean
  clearError: () => void
}

export function useRequestAction(requestId: string, onDone: (event: StaffEvent) => void): RequestAction {
  const ctx = useDb()
  const actor = useActor()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async (event: StaffEvent) => {
      setError('')
      setBusy(true)
      try {
        await applyRequestEvent(ctx, actor, requestId, event)
        onDone(event)
        return true
      } catch (e) {
        // A refusal explains itself; any other failure (disk full) must never look saved.
        console.error(e)
        setError(failureMessage(e))
        return false
      } finally {
        setBusy(false)
      }
    },
    [ctx, actor, requestId, onDone]
  )
  const clearError = useCallback(() => setError(''), [])
  return { run, error, busy, clearError }
}
