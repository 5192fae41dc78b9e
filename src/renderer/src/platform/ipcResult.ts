// Every answer from the desktop's main process is checked against the IPC contract (src/shared/ipc.ts) before the
// renderer uses it. The preload only passes answers on; a malformed one (a main process of another version, a bug)
// becomes an error staff can read instead of a crash somewhere later.
import { contract, type Channel, type ResultOf } from '../../../shared/ipc'

/** What staff see when main answers in a shape this version does not know. */
export function malformedAnswerMessage(channel: Channel): string {
  return `アプリ本体からの応答を読み取れませんでした(${channel})。アプリを再起動してください。直らない場合は管理者に連絡してください。`
}

/** The answer to `channel`, checked against its result schema; throws an Error with a Japanese message otherwise. */
export function parseIpcResult<C extends Channel>(channel: C, raw: unknown): ResultOf<C> {
  const parsed = contract[channel].result.safeParse(raw)
  if (!parsed.success) throw new Error(malformedAnswerMessage(channel), { cause: parsed.error })
  return parsed.data as ResultOf<C>
}
