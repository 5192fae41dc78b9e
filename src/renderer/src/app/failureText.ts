// The Japanese words for a failed action, for a screen to put after its own 「…できませんでした。」: the data
// layer's refusal as it is, the disk-full wording for a full disk or quota, or a general line. The technical
// detail goes to IT's log, never into the message.
import { DomainError, failureMessage } from '../db'
import { logError } from '../platform/log'
import { technicalDetail } from '../ui/FailurePage'

export function failureText(e: unknown, where = 'action'): string {
  // A refusal is the data layer's answer, not a fault: nothing for IT's log.
  if (!(e instanceof DomainError)) logError(where, technicalDetail(e))
  return failureMessage(e, 'もう一度お試しください。続く場合は情報システム担当に連絡してください。')
}
