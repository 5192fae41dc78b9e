// Two or three registers sharing one clinic through a "server" database (PouchDB's memory adapter standing in for
// CouchDB here; the end-to-end tests use pouchdb-server over HTTP). Replication itself is PouchDB's.
import { describe, expect, it } from 'vitest'
import memoryAdapter from 'pouchdb-adapter-memory'
import { openContext, type DbContext } from '../../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../../src/renderer/src/db/database'
import { applyRequestEvent, createRequest, getRequest } from '../../../../src/renderer/src/db/requests'
import { verifyRegister } from '../../../../src/renderer/src/db/integrity'
import { recordRequestView } from '../../../../src/renderer/src/db/accessLog'
import { openIncident, updateIncident } from '../../../../src/renderer/src/db/incidents'
import { addProvisionRecord, recordFurtherProvision } from '../../../../src/renderer/src/db/provisions'
import { addProcedureVersion } from '../../../../src/renderer/src/db/procedures'
import { purgeRequests } from '../../../../src/renderer/src/db/retention'
import { procedureForm, receiptRecordForm } from '../recordsFixtures'
import { importRequests } from '../../../../src/renderer/src/db/bulkImport'
import { addStaff } from '../../../../src/renderer/src/db/staffRepo'
import { NO_LEASED_NUMBERS_MESSAGE } from '../../../../src/renderer/src/db/numbering'
import { pushOutbox } from '../../../../src/renderer/src/db/replication/outbox'
import { applyInbox } from '../../../../src/renderer/src/db/replication/inbox'
import { LEASE_BLOCK, topUpLease } from '../../../../src/renderer/src/db/replication/leases'
import { joinClinic, prepareServer } from '../../../../src/renderer/src/db/replication/service'
import { PouchDB, type Pouch } from '../../../../src/renderer/src/db/replication/pouch'
import { DEFAULT_DEADLINE_RULE } from '../../../../src/renderer/src/domain/deadline'
import { hashEntry } from '../../../../src/renderer/src/domain/auditHash'
import { readStoredRows } from '../../../../src/renderer/src/domain/records'
import { resolveConcurrent } from '../../../../src/renderer/src/db/replication/concurrent'
import { deviceRange } from '../../../../src/renderer/src/db/replication/docs'
import { restoreBackup } from '../../../../src/renderer/src/db/backup/restoreBackup'
import { entryDocId } from '../../../../src/shared/syncPolicy'
import { MANAGER, RECEPTION, makeIntake, seedStaff, backedUp } from '../../requestFixtures'

PouchDB.plugin(memoryAdapter)

const memory = (): Pouch => new PouchDB(`mem-${crypto.randomUUID()}`, { adapter: 'memory' })

interface Pc {
  ctx: DbContext
  local: Pouch
  writer: string
}

async function newPc(server: Pouch, writer: string, clinicId?: string): Promise<Pc> {
  const clock = { now: new Date('2026-11-25T01:00:00.000Z') }
  let ctx = await openContext(new RegisterDb(`share-${crypto.randomUUID()}`), () => clock.now)
  if (clinicId) {
    await ctx.db.device.update('this', { clinicId })
    ctx = { ...ctx, clinicId }
  }
  ctx = { ...ctx, shared: true }
  await seedStaff(ctx, [MANAGER, RECEPTION])
  const local = memory()
  await prepareServer(ctx, local, server, writer)
  await topUpLease(ctx, server, writer, 2026)
  return { ctx, local, writer }
}

/** One round of replication for a PC: outbox, both directions, inbox. */
async function sync(pc: Pc, server: Pouch) {
  await pushOutbox(pc.ctx, pc.local, pc.writer)
  await new Promise<void>((resolve, reject) => {
    const h = PouchDB.sync(pc.local, server, { live: false, retry: false })
    h.on('complete', () => resolve())
    h.on('error', (e) => reject(new Error(String(e.message))))
  })
  return applyInbox(pc.ctx, pc.local)
}

const intake = (pc: Pc, name = '山田 太郎') =>
  createRequest(pc.ctx, RECEPTION, makeIntake({ person: { ...makeIntake().person, name } }), DEFAULT_DEADLINE_RULE)

describe('sharing the register between PCs through the server', () => {
  it('an intake on one PC appears on the other, with its summary, and both registers verify', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    const b = await newPc(server, 'pc-b', a.ctx.clinicId)
    const made = await intake(a)
    // Opening it writes an access-log entry about the request that changes nothing in its row.
    await recordRequestView(a.ctx, RECEPTION, made.id, made.receiptNo)
    await sync(a, server)
    const got = await sync(b, server)
    expect(got.refused).toEqual([])
    expect(got.applied).toBeGreaterThan(0)
    expect(await getRequest(b.ctx, made.id)).toEqual(await getRequest(a.ctx, made.id))
    expect(await b.ctx.db.summaries.get(made.id)).toMatchObject({ receiptNo: made.receiptNo })
    // B's own changes go back to A.
    await applyRequestEvent(b.ctx, RECEPTION, made.id, { type: 'hold', reason: '書類待ち' })
    await sync(b, server)
    await sync(a, server)
    expect((await getRequest(a.ctx, made.id))?.status).toBe('onHold')
    expect((await verifyRegister(a.ctx)).problems).toEqual([])
    expect((await verifyRegister(b.ctx)).problems).toEqual([])
    // Idempotent: another round applies nothing twice.
    expect((await sync(a, server)).applied).toBe(0)
  })

  it('concurrent edits made apart converge to the same row on both PCs, flagged, and a manager clears the flag', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    const b = await newPc(server, 'pc-b', a.ctx.clinicId)
    const made = await intake(a)
    await sync(a, server)
    await sync(b, server)
    // Apart: each PC changes the same request.
    await applyRequestEvent(a.ctx, RECEPTION, made.id, { type: 'hold', reason: '書類待ち' })
    await applyRequestEvent(b.ctx, MANAGER, made.id, { type: 'withdraw', reason: '本人から取下げの電話' })
    await sync(a, server)
    await sync(b, server)
    await sync(a, server)
    const rowA = await getRequest(a.ctx, made.id)
    const rowB = await getRequest(b.ctx, made.id)
    expect(rowA).toEqual(rowB)
    expect(await a.ctx.db.concurrent.get(made.id)).toMatchObject({ receiptNo: made.receiptNo })
    expect(await b.ctx.db.concurrent.get(made.id)).toMatchObject({ receiptNo: made.receiptNo })
    // The sharing tables' rows read back through their schemas like every other table.
    for (const table of ['concurrent', 'leases'] as const) {
      const raws: unknown[] = await b.ctx.db.table(table).toArray()
      expect(raws.length, table).toBeGreaterThan(0)
      expect(readStoredRows(table, raws).damaged, table).toEqual([])
    }
    // A manager checks it on B; the resolve entry reaches A and clears the flag there too, rows still equal.
    await resolveConcurrent(b.ctx, MANAGER, made.id)
    expect(await b.ctx.db.concurrent.get(made.id)).toBeUndefined()
    await sync(b, server)
    await sync(a, server)
    expect(await a.ctx.db.concurrent.get(made.id)).toBeUndefined()
    expect(await getRequest(a.ctx, made.id)).toEqual(await getRequest(b.ctx, made.id))
    // A reception login cannot clear a flag.
    await expect(resolveConcurrent(a.ctx, RECEPTION, made.id)).rejects.toThrow()
    // Both changes are in the request's trail on both PCs.
    for (const pc of [a, b]) {
      const actions = (await pc.ctx.db.audit.where('entityId').equals(made.id).toArray()).map((e) => e.action)
      expect(actions).toEqual(expect.arrayContaining(['request:hold', 'request:withdraw']))
      expect((await verifyRegister(pc.ctx)).problems).toEqual([])
    }
  })

  it('refuses a forged or altered entry from another PC and applies nothing after it', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    const b = await newPc(server, 'pc-b', a.ctx.clinicId)
    const made = await intake(a)
    await pushOutbox(a.ctx, a.local, a.writer)
    // Someone edits A's create entry in A's replica before it leaves (the server's design document refuses such
    // an edit on the server itself; here B's chain check must catch it too).
    const docs = await a.local.allDocs({
      startkey: `${a.ctx.deviceId}:`,
      endkey: `${a.ctx.deviceId}:\uffff`,
      include_docs: true
    })
    const createDoc = docs.rows
      .map((r) => r.doc)
      .find((d) => (d?.entry as { action: string }).action === 'request:create')
    if (!createDoc) throw new Error('no create entry')
    const entry = createDoc.entry as { summary: string }
    await a.local.put({ ...createDoc, entry: { ...entry, summary: `${entry.summary} 改ざん` } })
    await sync(a, server)
    const got = await sync(b, server)
    expect(got.refused).toHaveLength(1)
    expect(got.refused[0]?.message).toContain('ハッシュが一致しません')
    expect(await getRequest(b.ctx, made.id)).toBeUndefined()
  })

  it('refuses an entry that continues a chain correctly but was written by another PC user', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    await intake(a)
    await sync(a, server)
    const c = await newPc(server, 'pc-c', a.ctx.clinicId)
    await sync(c, server)
    const head = await a.ctx.db.audit
      .where('[deviceId+deviceSeq]')
      .between([a.ctx.deviceId, 0], [a.ctx.deviceId, Infinity])
      .last()
    if (!head) throw new Error('no head')
    const draft = {
      ...head,
      id: crypto.randomUUID(),
      deviceSeq: head.deviceSeq + 1,
      prevHash: head.hash,
      summary: '偽の記録'
    }
    const forged = { ...draft, hash: hashEntry(draft) }
    await c.local.put({
      _id: entryDocId(a.ctx.deviceId, forged.deviceSeq),
      type: 'entry',
      writer: 'pc-c',
      entry: forged
    })
    const got = await applyInbox(c.ctx, c.local)
    expect(got.refused.map((r) => r.message).join()).toContain('端末を登録した PC 以外が書いた記録です')
    expect(await c.ctx.db.audit.where('id').equals(forged.id).count()).toBe(0)
  })

  it('stops at an entry that has a second revision (which replication can bring past the server) and says so', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    const made = await intake(a)
    await sync(a, server)
    const b = await newPc(server, 'pc-b', a.ctx.clinicId)
    await b.local.replicate.from(server)
    const docs = await b.local.allDocs({ ...deviceRange(a.ctx.deviceId), include_docs: true })
    const target = docs.rows
      .map((r) => r.doc)
      .find((d) => (d?.entry as { action?: string }).action === 'request:create')
    if (!target) throw new Error('no create entry')
    const entry = target.entry as Record<string, unknown>
    // The same id, another revision branch: what a replicated write with new_edits=false can add.
    await b.local.bulkDocs(
      [{ ...target, _rev: '1-0123456789abcdef0123456789abcdef', entry: { ...entry, summary: '別の内容' } }],
      {
        new_edits: false
      }
    )
    const got = await applyInbox(b.ctx, b.local)
    expect(got.refused.map((r) => r.message).join()).toContain('同じ番号の記録が 2 通りあります')
    expect(await getRequest(b.ctx, made.id)).toBeUndefined()
  })

  it('a PC whose chain was rewound (an old copy of its data) stops with a message instead of forking silently; restore is refused on a shared register', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    await intake(a)
    await pushOutbox(a.ctx, a.local, a.writer)
    const newest = await a.ctx.db.audit.orderBy('[deviceId+deviceSeq]').last()
    if (!newest) throw new Error('no entry')
    await a.ctx.db.audit.delete(newest.id)
    await intake(a, '別の 人')
    await expect(pushOutbox(a.ctx, a.local, a.writer)).rejects.toThrow('食い違っています')
    await expect(restoreBackup(a.ctx, MANAGER, {} as never, { moveFromOtherPc: false } as never)).rejects.toThrow(
      'バックアップからの復元は、複数の PC で共有している受付簿ではまだ行えません'
    )
  })

  it('receipt numbers never collide: each PC uses its own leased block offline, and says so when it runs out', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    const b = await newPc(server, 'pc-b', a.ctx.clinicId)
    const numbers: string[] = []
    for (let i = 0; i < 3; i++) {
      numbers.push((await intake(a, `甲 ${i}`)).receiptNo)
      numbers.push((await intake(b, `乙 ${i}`)).receiptNo)
    }
    expect(new Set(numbers).size).toBe(6)
    expect(numbers.filter((n) => n <= `2026-${String(LEASE_BLOCK).padStart(4, '0')}`)).toHaveLength(3)
    await sync(a, server)
    await sync(b, server)
    await sync(a, server)
    expect(await a.ctx.db.requests.count()).toBe(6)
    expect(await b.ctx.db.requests.count()).toBe(6)
    expect((await verifyRegister(b.ctx)).problems).toEqual([])
    // Offline with every leased number used: the intake is refused with the message, nothing is written.
    await b.ctx.db.leases.toCollection().modify((l) => {
      l.next = l.to + 1
    })
    const before = await b.ctx.db.audit.count()
    await expect(intake(b)).rejects.toThrow(NO_LEASED_NUMBERS_MESSAGE)
    expect(await b.ctx.db.audit.count()).toBe(before)
  })

  it('a new PC joins the clinic from the server: its identity, staff and requests, before anyone logs in', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    const made = await intake(a)
    const staff = await addStaff(a.ctx, MANAGER, {
      name: '田中',
      role: 'reception',
      pinHash: 'pbkdf2-sha256$1$salt$hash'
    })
    await sync(a, server)
    const clock = { now: new Date('2026-11-25T02:00:00.000Z') }
    const fresh = await openContext(new RegisterDb(`share-${crypto.randomUUID()}`), () => clock.now)
    expect(fresh.clinicId).not.toBe(a.ctx.clinicId)
    let told = false
    const joined = await joinClinic(
      fresh,
      { url: '', database: '', username: 'pc-c', password: '' },
      { local: memory(), remote: server, onJoining: () => (told = true) }
    )
    expect(joined.clinicId).toBe(a.ctx.clinicId)
    // The screen was told a join started (it says the register is being received).
    expect(told).toBe(true)
    expect((await joined.db.device.get('this'))?.clinicId).toBe(a.ctx.clinicId)
    expect(await getRequest(joined, made.id)).toEqual(await getRequest(a.ctx, made.id))
    // The staff member can log in on the new PC with the same PIN (its hash came beside the entry, checked).
    expect(await joined.db.staff.get(staff.id)).toMatchObject({ name: '田中', pinHash: 'pbkdf2-sha256$1$salt$hash' })
  })

  it('the records around the requests reach the other PC too, and the retention purge is refused on a shared register', async () => {
    const server = memory()
    const a = await newPc(server, 'pc-a')
    const b = await newPc(server, 'pc-b', a.ctx.clinicId)
    const incident = await openIncident(a.ctx, MANAGER, {
      title: '誤送付',
      knownAt: '2026-11-25T09:00',
      situations: []
    })
    await updateIncident(a.ctx, MANAGER, incident.id, { title: '誤送付(FAX)' }, '件名を変更')
    const provision = await addProvisionRecord(a.ctx, MANAGER, receiptRecordForm())
    await recordFurtherProvision(a.ctx, MANAGER, provision.id, '2026-11-26')
    const version = await addProcedureVersion(a.ctx, MANAGER, procedureForm())
    await sync(a, server)
    await sync(b, server)
    expect(await b.ctx.db.incidents.get(incident.id)).toEqual(await a.ctx.db.incidents.get(incident.id))
    expect(await b.ctx.db.provisions.get(provision.id)).toEqual(await a.ctx.db.provisions.get(provision.id))
    expect(await b.ctx.db.procedures.get(version.id)).toEqual(await a.ctx.db.procedures.get(version.id))
    const before = await b.ctx.db.audit.count()
    await expect(purgeRequests(b.ctx, MANAGER, '2040-01-01', 5, backedUp(b.ctx))).rejects.toThrow(
      '共有している受付簿ではまだ行えません'
    )
    // A ledger import, too: it would need thousands of numbers at once.
    await expect(importRequests(b.ctx, MANAGER, [makeIntake()], DEFAULT_DEADLINE_RULE)).rejects.toThrow('台帳の取込は')
    expect(await b.ctx.db.audit.count()).toBe(before)
  })
})
