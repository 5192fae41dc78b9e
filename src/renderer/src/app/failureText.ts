// The Japanese words for a failed action, for a screen to put after its own 「…できませんでした。」: the data
// layer's refusal as it is, the disk-full wording for a full disk or quota, or a general line. The technical
// detail goes to IT's log, never into the message.
import { DISK_FULL_MESSAGE, DomainError, isQuotaError } from '../db'
import { logError } from '../platform/log'
import { technicalDetail } from '../ui/FailurePage'

export function failureText(e: unknown, where = 'action'): string {
  if (e instanceof DomainError) return e.message
  logError(where, technicalDetail(e))
  if (isQuotaError(e)) return DISK_FULL_MESSAGE
  return 'もう一度お試しください。続く場合は情報システム担当に連絡してください。'
}
