// Runs a repository write for a record screen: busy while it runs, a Japanese status or error alert after, and
// the buttons enabled again whatever happens.
import { useState } from 'react'
import { failureText } from '../../app/failureText'

export interface SaveState {
  busy: boolean
  message: { ok: boolean; text: string } | null
  run: <T>(done: string | ((result: T) => string), write: () => Promise<T>) => Promise<boolean>
}

export function useSave(): SaveState {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<SaveState['message']>(null)
  async function run<T>(done: string | ((result: T) => string), write: () => Promise<T>): Promise<boolean> {
    setBusy(true)
    setMessage(null)
    try {
      const result = await write()
      setMessage({ ok: true, text: typeof done === 'string' ? done : done(result) })
      return true
    } catch (e) {
      const why = failureText(e)
      setMessage({ ok: false, text: `保存できませんでした。${why}` })
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, message, run }
}

export function SaveMessage({ state }: { state: SaveState }) {
  if (!state.message) return null
  return (
    <p role={state.message.ok ? 'status' : 'alert'} className={state.message.ok ? 'notice' : 'error banner'}>
      {state.message.text}
    </p>
  )
}
