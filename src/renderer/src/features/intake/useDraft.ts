// Keeps the intake form's unsaved input across the idle lock for the same staff member (app/drafts.ts).
import { useEffect } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { offerDraft, takeDraft } from '../../app/drafts'
import { useActor } from '../../app/session'

export function useDraft<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, key: string): void {
  const actor = useActor()
  const { getValues, reset } = form
  useEffect(() => {
    const draft = takeDraft(actor.id, key)
    // What was kept is the form's own values object, taken from this same form before the lock.
    if (draft !== undefined) reset(draft as T)
    return offerDraft(key, () => getValues())
  }, [actor.id, key, getValues, reset])
}
