// The letters repository: issuing a notification letter (通知書) and recording reprints. Issuing is one strict
// transaction: the letter row with its content exactly as printed, the request's move to 通知済, and the audit entries.
import { isValidIsoDate, tokyoDate } from '../domain/calendar'
import { labelOf } from '../domain/catalogue'
import { buildLetter } from '../domain/letters/buildLetter'
import { whyNotIssuable } from '../domain/letters/fit'
import { OUTPUT_LABEL, SENT_BY, documentNoFor, type LetterOutput, type LetterRecord } from '../domain/letters/record'
import type { LetterTemplateId } from '../domain/outcomes'
import type { SentBy } from '../domain/request'
import type { Settings } from '../domain/settings'
import type { Actor } from '../domain/staff'
import { appendAudit } from './auditLog'
import { newId, type DbContext } from './context'
import { requireActiveStaff } from './authority'
import { DomainError } from './errors'
import { getRequest, writeTransition } from './requests'
import { issueDateProblem } from '../domain/stateMachine'

export interface IssueLetterInput {
  templateId: LetterTemplateId
  issuedOn: string
  sentBy: SentBy
  /** How it went out this time, for the audit trail. */
  output?: LetterOutput
}

/** The letter number the next letter of this request gets (shown in the preview before issuing). */
export async function nextDocumentNo(
  ctx: DbContext,
  requestId: string,
  receiptNo: string,
  settings: Settings
): Promise<string> {
  const count = await ctx.db.letters.where('requestId').equals(requestId).count()
  return documentNoFor(settings.letterhead.documentPrefix, receiptNo, count + 1)
}

export async function issueLetter(
  ctx: DbContext,
  actor: Actor,
  requestId: string,
  input: IssueLetterInput,
  settings: Settings
): Promise<LetterRecord> {
  if (!isValidIsoDate(input.issuedOn)) throw new DomainError('発行日を YYYY-MM-DD の形で入力してください。')
  if (!SENT_BY.some((s) => s.id === input.sentBy)) throw new DomainError('送付方法を選んでください。')
  const { db } = ctx
  return db.transaction('rw', [db.requests, db.summaries, db.letters, db.staff, db.audit], async () => {
    await requireActiveStaff(ctx, actor)
    const request = await getRequest(ctx, requestId)
    if (!request) throw new DomainError('請求が見つかりません。一覧から開き直してください。')
    const refusal = whyNotIssuable(input.templateId, request)
    if (refusal !== null) throw new DomainError(refusal)
    const now = ctx.now()
    const dateProblem = issueDateProblem(input.issuedOn, request.receivedOn, tokyoDate(now))
    if (dateProblem !== null) throw new DomainError(dateProblem)
    const at = now.toISOString()
    const documentNo = await nextDocumentNo(ctx, requestId, request.receiptNo, settings)
    const content = buildLetter(input.templateId, request, settings, { documentNo, issuedOn: input.issuedOn })
    const letter: LetterRecord = {
      id: newId(),
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      requestId,
      templateId: input.templateId,
      documentNo,
      content,
      issuedOn: input.issuedOn,
      sentBy: input.sentBy,
      issuedBy: actor.id,
      issuedByName: actor.name,
      reprintCount: 0,
      createdAt: at,
      updatedAt: at
    }
    if (content.templateId !== 'identityDocsRequest') {
      // The state machine decides whether the decision may be notified (approved only) and moves it to 通知済.
      await writeTransition(
        ctx,
        actor,
        request,
        { type: 'issueLetter', notice: { letterId: letter.id, issuedOn: input.issuedOn, sentBy: input.sentBy } },
        at
      )
    }
    await db.letters.add(letter)
    const how = input.output ? `${OUTPUT_LABEL[input.output]}・` : ''
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'letter',
        entityId: requestId,
        action: 'letter:issue',
        summary: `${content.title}を発行(${how}${labelOf(SENT_BY, input.sentBy)}) ${documentNo}`,
        payload: {
          letterId: letter.id,
          templateId: input.templateId,
          documentNo,
          issuedOn: input.issuedOn,
          sentBy: input.sentBy,
          output: input.output ?? null,
          // The letter as stored, so another PC that shares the register holds the same letter (replication).
          row: letter
        }
      },
      at
    )
    return letter
  })
}

/** A reprint reproduces the stored letter; this counts it and writes who reprinted it, how and when. */
export async function recordReprint(
  ctx: DbContext,
  actor: Actor,
  letterId: string,
  output: LetterOutput = 'print'
): Promise<LetterRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.letters, db.audit], async () => {
    const letter = await db.letters.get(letterId)
    if (!letter) throw new DomainError('通知書が見つかりません。請求の画面から開き直してください。')
    const at = ctx.now().toISOString()
    const next: LetterRecord = { ...letter, reprintCount: letter.reprintCount + 1, updatedAt: at }
    await db.letters.put(next)
    await appendAudit(
      ctx,
      actor,
      {
        entity: 'letter',
        entityId: letter.requestId,
        action: 'letter:reprint',
        summary: `${letter.content.title}を再発行(${OUTPUT_LABEL[output]}) ${letter.documentNo}`,
        payload: { letterId, documentNo: letter.documentNo, reprintCount: next.reprintCount, output }
      },
      at
    )
    return next
  })
}

/** A request's letters, oldest first. */
export async function lettersFor(ctx: DbContext, requestId: string): Promise<LetterRecord[]> {
  const rows = await ctx.db.letters.where('requestId').equals(requestId).toArray()
  // v7 ids are time-ordered, so letters issued within one millisecond keep their order.
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

export async function getLetter(ctx: DbContext, id: string): Promise<LetterRecord | undefined> {
  return ctx.db.letters.get(id)
}
