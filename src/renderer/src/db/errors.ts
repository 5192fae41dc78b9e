// Errors the data layer raises for staff to read, and the one wording for a write the disk could not hold.
import { Dexie } from 'dexie'

/** A refusal with a Japanese message that tells staff what to do; nothing was written. */
export class DomainError extends Error {}

export const DAMAGED_ROW_MESSAGE = 'この記録は読み込めません'

/** A stored row failed its schema: shown flagged with its id, never used as if it were valid. */
export class DamagedRowError extends DomainError {
  constructor(readonly rowId: string) {
    super(`${DAMAGED_ROW_MESSAGE}(ID: ${rowId})。情報システム担当に連絡し、バックアップからの復元を相談してください。`)
  }
}

export const DISK_FULL_MESSAGE =
  'ディスクの空きが不足しているため保存できませんでした。不要なファイルを削除して空きを作ってから、もう一度保存してください。'

/** Whether a failed write was caused by a full disk or the browser's storage quota (also as an abort's cause). */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur !== null && cur !== undefined && depth < 5; depth++) {
    if (cur instanceof Dexie.QuotaExceededError) return true
    if (typeof cur !== 'object') return false
    const name = 'name' in cur ? cur.name : undefined
    if (name === 'QuotaExceededError') return true
    cur = 'inner' in cur ? cur.inner : 'cause' in cur ? cur.cause : undefined
  }
  return false
}

/**
 * The Japanese message to show for a failed action: the refusal itself, the disk-full wording, or `general` (a
 * screen that already says what could not be done passes a line without 「保存できませんでした」).
 */
export function failureMessage(
  e: unknown,
  general = '保存できませんでした。もう一度お試しください。続く場合は情報システム担当に連絡してください。'
): string {
  if (e instanceof DomainError) return e.message
  if (isQuotaError(e)) return DISK_FULL_MESSAGE
  return general
}
