// Leak incidents (APPI 26条): opened and kept by a 管理者, each write one transaction with its audit entry.
import { diffFields } from '../domain/diff'
import type { IncidentRecord } from '../domain/records/incident'
import { incidentRecordSchema } from '../domain/records/incident'
import type { Actor } from '../domain/staff'
import type { StatusId } from '../domain/status'
import { appendAudit } from './auditLog'
import { newId, type DbContext } from './context'
import { requireManager } from './authority'
import { DomainError } from './requests'
import { whyNotLinkable } from '../domain/incidents/links'

type Editable = Omit<IncidentRecord, 'id' | 'clinicId' | 'deviceId' | 'createdAt' | 'updatedAt'>

const BOOKKEEPING = ['updatedAt'] as const

export function blankIncident(title: string, knownAt: string): Editable {
  const report = {
    summary: '',
    dataItems: '',
    personCount: '',
    cause: '',
    secondaryDamage: '',
    responseToPersons: '',
    publication: '',
    preventiveMeasures: '',
    otherMatters: ''
  }
  return {
    title,
    knownAt,
    situations: [],
    report,
    submissions: [],
    noticeMode: 'undecided',
    notices: [],
    publicNotice: { on: null, text: '' },
    requestIds: [],
    closed: false
  }
}

export async function openIncident(
  ctx: DbContext,
  actor: Actor,
  input: Pick<Editable, 'title' | 'knownAt' | 'situations'>
): Promise<IncidentRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.incidents, db.staff, db.audit], async () => {
    await requireManager(ctx, actor, '漏えい等の事案の登録')
    const at = ctx.now().toISOString()
    const row = incidentRecordSchema.parse({
      ...blankIncident(input.title, input.knownAt),
      situations: input.situations,
      id: newId(),
      clinicId: ctx.clinicId,
      deviceId: ctx.deviceId,
      createdAt: at,
      updatedAt: at
    })
    await db.incidents.add(row)
    await appendAudit(
      ctx,
      actor,
      { entity: 'incident', entityId: row.id, action: 'incident:open', summary: '漏えい等の事案を登録', payload: row },
      at
    )
    return row
  })
}

/** Saves a changed incident (report items, submissions, notices, links); the summary says what for the history. */
export async function updateIncident(
  ctx: DbContext,
  actor: Actor,
  id: string,
  patch: Partial<Editable>,
  summary: string
): Promise<IncidentRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.incidents, db.staff, db.audit], async () => {
    await requireManager(ctx, actor, '漏えい等の事案の記録')
    const current = await db.incidents.get(id)
    if (!current) throw new DomainError('事案が見つかりません。一覧から開き直してください。')
    const at = ctx.now().toISOString()
    const next = incidentRecordSchema.parse({ ...current, ...patch, updatedAt: at })
    const changes = diffFields(current, next, BOOKKEEPING)
    if (changes.length === 0) return current
    await db.incidents.put(next)
    await appendAudit(
      ctx,
      actor,
      { entity: 'incident', entityId: id, action: 'incident:update', summary, payload: { changes } },
      at
    )
    return next
  })
}

export async function listIncidents(ctx: DbContext): Promise<IncidentRecord[]> {
  const rows = await ctx.db.incidents.orderBy('knownAt').reverse().toArray()
  return rows
}

export async function getIncident(ctx: DbContext, id: string): Promise<IncidentRecord | undefined> {
  return ctx.db.incidents.get(id)
}

/** The incidents a request cites (from the incident's side, so the request row is untouched). */
export async function incidentsForRequest(ctx: DbContext, requestId: string): Promise<IncidentRecord[]> {
  return ctx.db.incidents.where('requestIds').equals(requestId).toArray()
}

/** Open incidents for the home page's deadlines. */
export async function openIncidents(ctx: DbContext): Promise<IncidentRecord[]> {
  return (await listIncidents(ctx)).filter((i) => !i.closed)
}

/** Links a request that cites a leak (grounds (5)–(8)) to the incident, by its 受付番号. */
export async function linkRequestToIncident(
  ctx: DbContext,
  actor: Actor,
  incidentId: string,
  receiptNo: string
): Promise<IncidentRecord> {
  const { db } = ctx
  return db.transaction('rw', [db.incidents, db.requests, db.staff, db.audit], async () => {
    const request = await db.requests.where('receiptNo').equals(receiptNo.trim()).first()
    if (!request) throw new DomainError(`受付番号 ${receiptNo} の請求が見つかりません。`)
    const why = whyNotLinkable(request)
    if (why) throw new DomainError(why)
    const current = await db.incidents.get(incidentId)
    if (!current) throw new DomainError('事案が見つかりません。一覧から開き直してください。')
    if (current.requestIds.includes(request.id)) return current
    return updateIncident(
      ctx,
      actor,
      incidentId,
      { requestIds: [...current.requestIds, request.id] },
      `請求 ${request.receiptNo} を紐づけ`
    )
  })
}

export interface LinkedRequest {
  id: string
  receiptNo: string
  status: StatusId
}

export async function requestsOfIncident(ctx: DbContext, incident: IncidentRecord): Promise<LinkedRequest[]> {
  const rows = await ctx.db.requests.bulkGet(incident.requestIds)
  return rows.flatMap((r) => (r ? [{ id: r.id, receiptNo: r.receiptNo, status: r.status }] : []))
}
