// The request repository: intake, transitions and reads. Every write is one strict transaction that
// also appends its audit entry.
import { tokyoDate } from '../domain/calendar'
import { correctionNeedsReason, fieldLabel } from '../domain/correction'
import { dueDate, statutoryMark, type DeadlineRule } from '../domain/deadline'
import { BOOKKEEPING_FIELDS, diffFields } from '../domain/diff'
import { guardIntake } from '../domain/intakeRules'
import type { RequestChangedPayload, RequestCreatedPayload } from '../domain/requestPayloads'
import { requestRowHash, searchKeysOf, withoutDerived } from '../domain/requestHash'
import { guardText, type Guarded } from '../domain/textGuard'
import type { IntakeData, RequestRecord } from '../domain/request'
import { completeRequest } from '../domain/requestRestore'
import type { Actor } from '../domain/staff'
import { applyEvent, DEFAULT_ENV, type RequestEvent, type TransitionEnv } from '../domain/stateMachine'
import { readStoredRow, type RowReading } from '../domain/records'
import { appendAudit } from './auditLog'
import { requireActiveStaff, requireManager } from './authority'
import { newId, type DbContext } from './context'
import { DamagedRowError, DomainError } from './errors'
import { takeReceiptNo } from './numbering'
import { procedureOn } from './procedures'
import { loadSettings } from './settingsRepo'
import { putSummaries } from './summaries'

export { DamagedRowError, DomainError } from './errors'

/** Decisions only a 管理者 may take (APPI 運用: the 個人情報保護責任者 approves what is disclosed). */
const MANAGER_EVENTS: readonly RequestEvent['type'][] = ['approve', 'sendBack']

/** Events that read the settings and the published procedure (in the caller's transaction). */
const ENV_EVENTS: readonly RequestEvent['type'][] = ['submitDecision', 'approve']

/** Events a screen may apply; 通知済 comes only from issuing a letter (letters.ts). */
export type StaffEvent = Exclude<RequestEvent, { type: 'issueLetter' }>

export { searchKeysOf }

/** The create entry's payload: the whole row (what replay starts from) and its hash. */
export function createdPayload(record: RequestRecord): RequestCreatedPayload {
  return { row: withoutDerived(record), after: requestRowHash(record) }
}

/** A change entry's payload: every changed field before and after, and the row hashes before and after. */
export function changedPayload(current: RequestRecord, next: RequestRecord, reason?: string): RequestChangedPayload {
  const changes = diffFields(current, next, BOOKKEEPING_FIELDS)
  const payload: RequestChangedPayload = { changes, before: requestRowHash(current), after: requestRowHash(next) }
  if (reason !== undefined && reason !== '') payload.reason = reason
  return payload
}

/** A request as taken at intake (受付): the one place a new row is built, for the counter and for imports. */
export function newRequestRecord(
  ctx: DbContext,
  actor: Actor,
  intake: IntakeData,
  rule: DeadlineRule,
  receiptNo: string,
  at: string
): RequestRecord {
  const record: RequestRecord = {
    ...completeRequest(intake),
    id: newId(),
    clinicId: ctx.clinicId,
    deviceId: ctx.deviceId,
    receiptNo,
    status: 'received',
    heldFrom: null,
    dueOn: dueDate(intake.receivedOn, rule),
    statutoryOn: statutoryMark(intake.receivedOn),
    identity: null,
    investigation: null,
    decision: null,
    approval: null,
    history: [],
    notice: null,
    closedOn: null,
    searchKeys: [],
    createdAt: at,
    updatedAt: at,
    createdBy: actor.id,
    updatedBy: actor.id
  }
  record.searchKeys = searchKeysOf(record)
  return record
}

export async function createRequest(
  ctx: DbContext,
  actor: Actor,
  typed: IntakeData,
  rule: DeadlineRule
): Promise<RequestRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.requests, db.summaries, db.numbering, db.leases, db.staff, db.audit], async () => {
    await requireActiveStaff(ctx, actor)
    const now = ctx.now()
    const intake = guarded(guardIntake(typed, tokyoDate(now)))
    const at = now.toISOString()
    // The year switches at midnight Japan time, whatever the PC's clock zone.
    const year = Number(tokyoDate(now).slice(0, 4))
    const receiptNo = await takeReceiptNo(ctx, actor, year, at)
    const record = newRequestRecord(ctx, actor, intake, rule, receiptNo, at)
    await db.requests.add(record)
    await putSummaries(ctx, [record])
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'request',
        entityId: record.id,
        action: 'request:create',
        summary: `受付 ${receiptNo}`,
        payload: createdPayload(record)
      },
      at
    )
    return record
  })
}

/** Applies one state-machine event; a refused event throws a DomainError with the Japanese reason and writes nothing. */
export async function applyRequestEvent(
  ctx: DbContext,
  actor: Actor,
  id: string,
  event: StaffEvent
): Promise<RequestRecord> {
  // Checked at run time too: callers outside TypeScript (imports, test hooks) get the same refusal.
  if ((event as RequestEvent).type === 'issueLetter')
    throw new DomainError('通知済にするには通知書を発行してください。')
  const { db } = ctx
  // Only a decision and its approval read the settings and the procedure, so other events nest in callers'
  // transactions over the request tables alone.
  const base = [db.requests, db.summaries, db.staff, db.audit]
  const tables = ENV_EVENTS.includes(event.type) ? [...base, db.settings, db.procedures] : base
  return db.transaction('rw', tables, async () => {
    const current = await readRequest(ctx, id)
    return writeTransition(ctx, actor, current, event, ctx.now().toISOString())
  })
}

/** A request read inside a write; missing or damaged rows are refused rather than overwritten. */
async function readRequest(ctx: DbContext, id: string): Promise<RequestRecord> {
  const found = await getRequest(ctx, id)
  if (!found) throw new DomainError('請求が見つかりません。一覧から開き直してください。')
  return found
}

/**
 * The state machine's answer for a request already read inside the caller's rw transaction (requests, summaries,
 * staff and audit): the next record and its audit entry are written, or a DomainError is thrown before anything is.
 */
export async function writeTransition(
  ctx: DbContext,
  actor: Actor,
  current: RequestRecord,
  event: RequestEvent,
  at: string
): Promise<RequestRecord> {
  if (MANAGER_EVENTS.includes(event.type)) await requireManager(ctx, actor)
  else await requireActiveStaff(ctx, actor)
  const env = ENV_EVENTS.includes(event.type) ? await transitionEnv(ctx, current) : DEFAULT_ENV
  const result = applyEvent(current, event, actor, at, env)
  if (!result.ok) throw new DomainError(result.message)
  await ctx.db.requests.put(result.next)
  await putSummaries(ctx, [result.next])
  // Reasons typed with an event that the row does not keep (withdrawal, identity failure) stay in the payload.
  const reason = 'reason' in event ? event.reason.trim() : undefined
  await appendAudit(
    ctx,
    actor,
    {
      entity: 'request',
      entityId: current.id,
      action: `request:${result.action}`,
      summary: result.summary,
      payload: changedPayload(current, result.next, reason)
    },
    at
  )
  return result.next
}

/** The settings and the procedure version in force on the 受付日; the caller's transaction covers both tables. */
async function transitionEnv(ctx: DbContext, request: RequestRecord): Promise<TransitionEnv> {
  const settings = await loadSettings(ctx)
  return {
    committeeReview: settings.records.committeeReview,
    procedure: await procedureOn(ctx, request.receivedOn)
  }
}

/**
 * Corrects what was typed at intake; the receipt number stays, and the dates that follow from the receipt date.
 * Once a decision exists a reason is required. The audit entry holds every change before and after, and the
 * reason; letters already issued stay as issued (frozen in the letters table).
 */
export async function updateIntake(
  ctx: DbContext,
  actor: Actor,
  id: string,
  typed: IntakeData,
  rule: DeadlineRule,
  reason = ''
): Promise<RequestRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.requests, db.summaries, db.staff, db.audit], async () => {
    await requireActiveStaff(ctx, actor)
    const current = await readRequest(ctx, id)
    const now = ctx.now()
    const intake = guarded(guardIntake(typed, tokyoDate(now)))
    const why = guarded(guardText(reason)).trim()
    if (correctionNeedsReason(current) && why === '')
      throw new DomainError('決定後の修正です。修正の理由を入力してください。')
    const at = now.toISOString()
    const next: RequestRecord = { ...current, ...completeRequest(intake), updatedAt: at, updatedBy: actor.id }
    if (intake.receivedOn !== current.receivedOn) {
      next.dueOn = dueDate(intake.receivedOn, rule)
      next.statutoryOn = statutoryMark(intake.receivedOn)
    }
    next.searchKeys = searchKeysOf(next)
    const payload = changedPayload(current, next, why === '' ? undefined : why)
    if (payload.changes.length === 0) return current
    await db.requests.put(next)
    await putSummaries(ctx, [next])
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'request',
        entityId: id,
        action: 'request:update',
        summary: `受付内容を修正(${[...new Set(payload.changes.map((c) => fieldLabel(c.path)))].join('・')})`,
        payload
      },
      at
    )
    return next
  })
}

export type RequestReading = RowReading<RequestRecord>

/** One request as stored, read through its schema: a damaged row comes back flagged with its id. */
export async function readRequestRow(ctx: DbContext, id: string): Promise<RequestReading | undefined> {
  const raw = await ctx.db.requests.get(id)
  return raw === undefined ? undefined : readStoredRow('requests', raw)
}

/** The guarded value, or the guard's refusal as a DomainError (nothing written). */
export function guarded<T>(g: Guarded<T>): T {
  if (!g.ok) throw new DomainError(g.message)
  return g.value
}

/** One valid request, or undefined; a damaged row is refused with its id, never passed on as valid. */
export async function getRequest(ctx: DbContext, id: string): Promise<RequestRecord | undefined> {
  const read = await readRequestRow(ctx, id)
  if (read === undefined) return undefined
  if (!read.ok) throw new DamagedRowError(read.damaged.id)
  return read.row
}
