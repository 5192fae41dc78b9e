// The request state machine. Every transition is checked here and returns the next record and
// the audit description; the repository writes both in one transaction.
import { isValidIsoDate, tokyoDate } from './calendar'
import { kindById } from './catalogue'
import { committeeReviewProblem, decisionProblems, needsCommitteeReview } from './decisionRules'
import { decisionFee } from './procedure/rules'
import type { ProcedureVersion } from './records/procedure'
import { identityProblem } from './identityRules'
import { guardStrings } from './textGuard'
import type {
  Approval,
  CommitteeReview,
  Decision,
  FeeReceipt,
  IdentityCheck,
  Investigation,
  NoticeRecord,
  RequestRecord,
  HistoryEventType,
  StaffStamp
} from './request'
import { isOpen, statusLabel, type StatusId } from './status'
import { isManager, type Actor } from './staff'

type Unstamped<T> = Omit<T, keyof StaffStamp>

export type RequestEvent =
  | { type: 'recordIdentity'; check: Unstamped<IdentityCheck> }
  | { type: 'skipIdentity' }
  | { type: 'markIdentityFailed'; reason: string }
  | { type: 'saveInvestigation'; investigation: Unstamped<Investigation> }
  | { type: 'submitDecision'; decision: Unstamped<Decision> }
  | { type: 'recordReview'; review: Unstamped<CommitteeReview> }
  | { type: 'approve'; comment: string }
  | { type: 'recordFeeReceipt'; receipt: Unstamped<FeeReceipt> }
  | { type: 'sendBack'; comment: string }
  | { type: 'issueLetter'; notice: Unstamped<NoticeRecord> }
  | { type: 'close' }
  | { type: 'withdraw'; reason: string }
  | { type: 'hold'; reason: string }
  | { type: 'resume' }
  | { type: 'extend'; toDate: string; reason: string }

export type TransitionResult =
  { ok: true; next: RequestRecord; action: RequestEvent['type']; summary: string } | { ok: false; message: string }

const FROM: Record<RequestEvent['type'], readonly StatusId[]> = {
  recordIdentity: ['received', 'identityPending'],
  skipIdentity: ['received'],
  markIdentityFailed: ['received', 'identityPending', 'investigating', 'awaitingApproval', 'approved', 'onHold'],
  saveInvestigation: ['investigating'],
  submitDecision: ['investigating'],
  recordReview: ['awaitingApproval'],
  approve: ['awaitingApproval'],
  recordFeeReceipt: ['approved', 'notified', 'closed'],
  sendBack: ['awaitingApproval'],
  issueLetter: ['approved'],
  close: ['notified'],
  withdraw: ['received', 'identityPending', 'investigating', 'awaitingApproval', 'approved', 'onHold'],
  hold: ['received', 'identityPending', 'investigating', 'awaitingApproval', 'approved'],
  resume: ['onHold'],
  extend: ['received', 'identityPending', 'investigating', 'awaitingApproval', 'approved', 'onHold']
}

export function canApply(status: StatusId, type: RequestEvent['type']): boolean {
  return FROM[type].includes(status)
}

// Events that only make sense where the catalogue asks for an identity check.
const NEEDS_IDENTITY_CHECK: readonly RequestEvent['type'][] = ['markIdentityFailed']

/** Whether the event is offered for this request: its status allows it and its kind has a use for it. */
export function canApplyTo(request: Pick<RequestRecord, 'status' | 'kind'>, type: RequestEvent['type']): boolean {
  if (NEEDS_IDENTITY_CHECK.includes(type) && !kindById(request.kind).identityRequired) return false
  return canApply(request.status, type)
}

const fail = (message: string): TransitionResult => ({ ok: false, message })

/** What a transition needs from outside the row, read by the repository inside its transaction. */
export interface TransitionEnv {
  /** Settings: withholding medical records waits for the 検討委員会 (on by default). */
  committeeReview: boolean
  /** The published procedure in force on the request's 受付日, whose fee table prices the decision. */
  procedure: ProcedureVersion | null
}

export const DEFAULT_ENV: TransitionEnv = { committeeReview: true, procedure: null }

export function applyEvent(
  request: RequestRecord,
  typed: RequestEvent,
  actor: Actor,
  nowIso: string,
  env: TransitionEnv = DEFAULT_ENV
): TransitionResult {
  // Every string staff typed (notes, reasons, comments) passes the one text guard; a letter's notice holds ids.
  const g = typed.type === 'issueLetter' ? ({ ok: true, value: typed } as const) : guardStrings(typed)
  if (!g.ok) return fail(g.message)
  const event = g.value
  if (!canApply(request.status, event.type)) {
    return fail(`「${statusLabel(request.status)}」の請求にはこの操作はできません。`)
  }
  if (!canApplyTo(request, event.type)) return fail('この種別の請求にはこの操作はできません。')
  const stamp: StaffStamp = { staffId: actor.id, staffName: actor.name, at: nowIso }
  // Every end state records the instant it ended (closedOn); `today` bounds a letter's 発行日.
  const today = tokyoDate(new Date(nowIso))
  const base: RequestRecord = { ...request, updatedAt: nowIso, updatedBy: actor.id }
  const ok = (next: RequestRecord, summary: string): TransitionResult => ({
    ok: true,
    next,
    action: event.type,
    summary
  })
  const historyEntry = (type: HistoryEventType, reason: string, fromDate = '', toDate = '') => [
    ...request.history,
    { ...stamp, type, reason, fromDate, toDate }
  ]

  switch (event.type) {
    case 'recordIdentity': {
      const problem = identityProblem(event.check, request.requester.type)
      if (problem !== null) return fail(problem)
      const check = { ...event.check, note: event.check.note.trim(), ...stamp }
      if (check.result === 'failed') {
        return ok(
          {
            ...base,
            identity: check,
            status: 'identityFailed',
            heldFrom: null,
            closedOn: nowIso,
            history: historyEntry('identityFailed', check.note)
          },
          `本人確認: ${statusLabel('identityFailed')}`
        )
      }
      const status: StatusId = check.result === 'verified' ? 'investigating' : 'identityPending'
      return ok({ ...base, identity: check, status }, `本人確認: ${statusLabel(status)}`)
    }
    case 'skipIdentity':
      if (kindById(request.kind).identityRequired) return fail('この種別は本人確認が必要です。')
      return ok({ ...base, status: 'investigating' }, '本人確認を要しない種別のため調査へ')
    case 'markIdentityFailed':
      // SPEC.md: 本人確認不可 ends a request from any open state (e.g. documents never arrived while on hold).
      if (event.reason.trim() === '') return fail('本人確認ができなかった理由を記入してください。')
      return ok(
        {
          ...base,
          status: 'identityFailed',
          heldFrom: null,
          closedOn: nowIso,
          history: historyEntry('identityFailed', event.reason.trim())
        },
        '本人確認不可として終了'
      )
    case 'saveInvestigation':
      return ok({ ...base, investigation: { ...event.investigation, ...stamp } }, '調査内容を記録')
    case 'submitDecision': {
      const problems = decisionProblems(request, event.decision)
      if (problems.length > 0) return fail(problems.join('\n'))
      // The fee is never typed: it is computed here from the counts and the version in force (APPI 38条).
      const { feeBasis, ...rest } = event.decision
      const decision: Decision = { ...rest, ...stamp }
      delete decision.fee
      // Before any procedure version is published, the fee set at intake stands (as it did before fees were priced).
      if (feeBasis !== undefined && kindById(request.kind).feeAllowed && env.procedure !== null) {
        decision.feeBasis = feeBasis
        decision.fee = decisionFee(env.procedure, feeBasis)
      }
      // A new draft is reviewed afresh: an earlier review concerned the earlier draft.
      const review = request.committeeReview === undefined ? {} : { committeeReview: null }
      return ok({ ...base, ...review, decision, approval: null, status: 'awaitingApproval' }, '決定案を提出(承認待ち)')
    }
    case 'recordReview': {
      if (!needsCommitteeReview(request, true)) return fail('この決定案は検討委員会の検討の対象ではありません。')
      const decidedOn = request.decision ? tokyoDate(new Date(request.decision.at)) : request.receivedOn
      const problem = committeeReviewProblem(event.review, decidedOn, today)
      if (problem !== null) return fail(problem)
      const review: CommitteeReview = {
        ...event.review,
        members: event.review.members.trim(),
        conclusion: event.review.conclusion.trim(),
        ...stamp
      }
      return ok({ ...base, committeeReview: review }, `検討委員会の検討を記録(${review.heldOn})`)
    }
    case 'recordFeeReceipt': {
      if (!kindById(request.kind).feeAllowed) return fail('この種別の請求には手数料はかかりません。')
      const r = event.receipt
      if (!isValidIsoDate(r.receivedOn)) return fail('受領日を YYYY-MM-DD の形で入力してください。')
      if (r.receivedOn > today) return fail('受領日に未来の日付は入力できません。')
      if (r.receivedOn < request.receivedOn) return fail('受領日は受付日以降の日付にしてください。')
      if (!Number.isSafeInteger(r.amount) || r.amount < 1)
        return fail('受領した金額を1円以上の整数で入力してください。')
      return ok(
        { ...base, feeReceipt: { ...r, note: r.note.trim(), ...stamp } },
        `手数料 ${r.amount}円 の受領を記録(${r.receivedOn})`
      )
    }
    case 'approve': {
      // A decision is approved by a manager; a reception login can never approve, not even its own draft.
      if (!isManager(actor)) return fail('承認は管理者のみが行えます。管理者でログインしてください。')
      // 医政医発0720第2号: withholding medical records is reviewed by the 検討委員会 before it is approved.
      if (needsCommitteeReview(request, env.committeeReview) && !request.committeeReview)
        return fail(
          'カルテを開示しない(一部を含む)決定です。承認の前に、検討委員会の検討(開催日・出席者・結論)を記録してください。'
        )
      const approval: Approval = { ...stamp, comment: event.comment.trim() }
      return ok({ ...base, approval, status: 'approved' }, '決定を承認')
    }
    case 'sendBack':
      if (!isManager(actor)) return fail('差戻しは管理者のみが行えます。')
      if (event.comment.trim() === '') return fail('差戻しの理由を記入してください。')
      return ok(
        { ...base, status: 'investigating', history: historyEntry('sendBack', event.comment.trim()) },
        '決定案を差戻し'
      )
    case 'issueLetter':
      if (!request.approval) return fail('管理者の承認前は通知書を発行できません。')
      // 通知済 only through a letter row written in the same transaction (db/letters.ts issueLetter).
      if (event.notice.letterId === '') return fail('通知済にするには通知書を発行してください。')
      {
        const problem = issueDateProblem(event.notice.issuedOn, request.receivedOn, today)
        if (problem !== null) return fail(problem)
      }
      return ok({ ...base, notice: { ...event.notice, ...stamp }, status: 'notified' }, '通知書を発行')
    case 'close':
      return ok({ ...base, status: 'closed', closedOn: nowIso }, '完了')
    case 'withdraw':
      if (event.reason.trim() === '') return fail('取下げの内容(申出の日時・方法など)を記入してください。')
      // The reason is staff-typed text: it stays in the row's history and the audit payload, never in the hashed
      // summary (the retention purge blanks payloads while the chain still verifies).
      return ok(
        {
          ...base,
          status: 'withdrawn',
          heldFrom: null,
          closedOn: nowIso,
          history: historyEntry('withdraw', event.reason.trim())
        },
        '取下げ'
      )
    case 'hold':
      if (event.reason.trim() === '') return fail('保留の理由を記入してください。')
      return ok(
        { ...base, status: 'onHold', heldFrom: request.status, history: historyEntry('hold', event.reason.trim()) },
        '保留'
      )
    case 'resume': {
      const back = request.heldFrom ?? 'received'
      return ok(
        { ...base, status: back, heldFrom: null, history: historyEntry('resume', '') },
        `保留を解除(${statusLabel(back)}へ)`
      )
    }
    case 'extend':
      if (event.reason.trim() === '') return fail('目標日を延長する理由を記入してください。')
      // A string compare would take 'abc' or 2026-12-99 as later, and daysLeft would then throw on the register.
      if (!isValidIsoDate(event.toDate)) return fail('延長後の目標日を YYYY-MM-DD の形で入力してください。')
      if (event.toDate <= request.dueOn) return fail('延長後の目標日は現在の目標日より後の日付にしてください。')
      return ok(
        {
          ...base,
          dueOn: event.toDate,
          history: historyEntry('extend', event.reason.trim(), request.dueOn, event.toDate)
        },
        `目標日を ${request.dueOn} から ${event.toDate} に延長`
      )
  }
}

/** Why a letter's 発行日 cannot be used, or null: a real date, not before receipt and not in the future. */
export function issueDateProblem(issuedOn: string, receivedOn: string, today: string): string | null {
  if (!isValidIsoDate(issuedOn)) return '発行日を YYYY-MM-DD の形で入力してください。'
  if (issuedOn > today) return '発行日に未来の日付は指定できません。今日以前の日付にしてください。'
  if (issuedOn < receivedOn) return '発行日は受付日以降の日付にしてください。'
  return null
}

/** Overdue: still open and past its target date (shown everywhere until notified). */
export function isOverdue(request: Pick<RequestRecord, 'status' | 'dueOn'>, today: string): boolean {
  return isOpen(request.status) && today > request.dueOn
}
