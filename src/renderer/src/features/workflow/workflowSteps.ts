// What staff should do next for each status, and what to say once an action is saved.
import { kindById } from '../../domain/catalogue'
import type { RequestRecord } from '../../domain/request'
import type { RequestEvent } from '../../domain/stateMachine'
import { statusLabel } from '../../domain/status'

export function nextStep(r: RequestRecord): string {
  switch (r.status) {
    case 'received':
      return kindById(r.kind).identityRequired
        ? '本人確認を行ってください。確認した書類の種類と結果を記録します。'
        : 'この種別は本人確認を省略できます。必要なければ調査へ進めてください。'
    case 'identityPending':
      return '本人確認書類が不足しています。書類がそろったら本人確認を記録してください。'
    case 'investigating':
      return '調査の内容を記録し、決定案を作成して管理者の承認に回してください。'
    case 'awaitingApproval':
      return '決定案が管理者の承認を待っています。'
    case 'approved':
      return '決定が承認されました。「通知書」の欄から通知書を発行してください。'
    case 'onHold':
      return `保留中です(保留前: ${statusLabel(r.heldFrom ?? 'received')})。理由が解消したら保留を解除してください。`
    case 'notified':
      return '通知書を発行しました。対応が済んだら完了にしてください。'
    case 'closed':
    case 'withdrawn':
    case 'identityFailed':
      return `この請求は「${statusLabel(r.status)}」で終了しています。`
  }
}

const DONE: Record<RequestEvent['type'], string> = {
  recordIdentity: '本人確認を記録しました。',
  skipIdentity: '本人確認を省略して調査へ進めました。',
  markIdentityFailed: '本人確認不可として終了しました。',
  saveInvestigation: '調査内容を保存しました。',
  submitDecision: '決定案を提出しました。管理者の承認を待ちます。',
  recordReview: '検討委員会の検討を記録しました。',
  approve: '決定を承認しました。',
  recordFeeReceipt: '手数料の受領を記録しました。',
  sendBack: '決定案を差し戻しました。',
  issueLetter: '通知書を発行しました。',
  close: '完了にしました。',
  withdraw: '取下げとして終了しました。',
  hold: '保留にしました。',
  resume: '保留を解除しました。',
  extend: '目標日を延長しました。'
}

export function doneMessage(event: RequestEvent): string {
  return DONE[event.type]
}
