// The clinic's database prepared by scripts/couchdb/setup.mjs on pouchdb-server (in memory, a server admin, no admin
// party), then used over HTTP the way a PC does: every rule of validate_doc_update behind a real server, the
// compare-and-swap on numbering, and the database's members. Apache CouchDB itself is not run here (docs/it.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { couchClient, main, setupClinicDatabase } from '../../scripts/couchdb/setup.mjs'
import type { CouchAnswer } from '../../scripts/couchdb/setup.mjs'
import { startTestCouch } from '../../scripts/couchdb/test-server.mjs'
import type { TestCouch } from '../../scripts/couchdb/test-server.mjs'
import { deviceDocId, entryDocId, numberingDocId } from '../../src/shared/syncPolicy'

const DB = 'kaiji_clinic_a'
const DEVICE = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'
const PC1 = { name: 'pc-uketsuke1', password: 'pw-1:with-colon' }
const PC2 = { name: 'pc-uketsuke2', password: 'pw-2' }
const OUTSIDER = { name: 'pc-other-clinic', password: 'pw-3' }
const READER = { name: 'honbu', password: 'pw-4' }

let couch: TestCouch
let asPc1: (method: string, path: string, body?: unknown) => Promise<CouchAnswer>
let asAdmin: typeof asPc1

const doc = (id: string) => `/${DB}/${encodeURIComponent(id)}`

function entryDoc(seq: number, writer = PC1.name, deviceId = DEVICE) {
  return {
    _id: entryDocId(deviceId, seq),
    type: 'entry',
    writer,
    entry: {
      id: `0190a1b2-0000-7000-8000-00000000000${String(seq)}`,
      clinicId: 'clinic-a',
      deviceId,
      deviceSeq: seq,
      at: '2026-04-01T00:00:00.000Z',
      actorId: 'staff-1',
      actorName: '受付 花子',
      entity: 'request',
      entityId: 'req-1',
      action: 'create',
      summary: '受付',
      payload: { seq },
      payloadHash: 'a'.repeat(64),
      prevHash: '0'.repeat(64),
      hash: 'b'.repeat(64)
    }
  }
}

const lease = (from: number, to: number, writer = PC1.name) => ({
  deviceId: DEVICE,
  writer,
  from,
  to,
  at: '2026-04-01T00:00:00.000Z'
})

beforeAll(async () => {
  couch = await startTestCouch()
  const lines: string[] = []
  await setupClinicDatabase(
    { url: couch.url, admin: couch.admin, database: DB, pcs: [PC1, PC2], readers: [READER] },
    (line) => lines.push(line)
  )
  expect(lines.join('\n')).toContain(`データベース ${DB} を作成しました。`)
  // Another clinic's PC exists on the same server but is no member of this database.
  await setupClinicDatabase({ url: couch.url, admin: couch.admin, database: 'kaiji_clinic_b', pcs: [OUTSIDER] })
  asPc1 = couchClient({ url: couch.url, username: PC1.name, password: PC1.password })
  asAdmin = couchClient({ url: couch.url, username: couch.admin.name, password: couch.admin.password })
}, 60_000)

afterAll(async () => {
  await couch.stop()
})

describe('scripts/couchdb/setup.mjs on pouchdb-server', () => {
  it('is idempotent: a second run changes nothing and says so', async () => {
    const before = await asAdmin('GET', doc('_design/kaiji'))
    const lines: string[] = []
    await setupClinicDatabase({ url: couch.url, admin: couch.admin, database: DB }, (line) => lines.push(line))
    expect(lines).toEqual([
      `データベース ${DB} はすでにあります。`,
      '検証の関数（_design/kaiji）は最新です。',
      `データベース ${DB} を使える利用者: ${PC1.name}、${PC2.name}、${READER.name}（変更なし）`
    ])
    const after = await asAdmin('GET', doc('_design/kaiji'))
    expect(after.body._rev).toBe(before.body._rev)
  })

  it('replaces an outdated design document', async () => {
    const lines: string[] = []
    await setupClinicDatabase(
      { url: couch.url, admin: couch.admin, database: 'kaiji_clinic_b', validateSource: 'function (n) {}' },
      (line) => lines.push(line)
    )
    expect(lines).toContain('検証の関数（_design/kaiji）を更新しました。')
    await setupClinicDatabase({ url: couch.url, admin: couch.admin, database: 'kaiji_clinic_b' })
    const design = await asAdmin('GET', '/kaiji_clinic_b/_design%2Fkaiji')
    expect(design.body.validate_doc_update).toMatch(/^function validateDocUpdate/u)
  })

  it('the command exits non-zero with a Japanese message on a wrong admin password', async () => {
    const errors: string[] = []
    const code = await main(
      ['--url', couch.url, '--database', DB, '--admin', couch.admin.name],
      { COUCHDB_ADMIN_PASSWORD: 'wrong' },
      () => undefined,
      (line) => errors.push(line)
    )
    expect(code).toBe(1)
    expect(errors.join('')).toContain('サーバーの管理者になれません')
  })
})

describe('the database as a PC sees it', () => {
  it('accepts a new entry, then refuses to change or delete it (403)', async () => {
    const created = await asPc1('PUT', doc(entryDocId(DEVICE, 1)), entryDoc(1))
    expect(created.status).toBe(201)
    const stored = await asPc1('GET', doc(entryDocId(DEVICE, 1)))
    expect(stored.body.entry).toMatchObject({ payload: { seq: 1 } })

    const changed = { ...stored.body, entry: { ...(stored.body.entry as object), summary: '書き換え' } }
    const change = await asPc1('PUT', doc(entryDocId(DEVICE, 1)), changed)
    expect(change.status).toBe(403)
    expect(change.body.reason).toBe('記録は変更できません')

    const removal = await asPc1('DELETE', `${doc(entryDocId(DEVICE, 1))}?rev=${String(stored.body._rev)}`)
    expect(removal.status).toBe(403)
    expect(removal.body.reason).toBe('受付簿の文書は削除できません')
    // Not even the server admin may change it.
    expect((await asAdmin('PUT', doc(entryDocId(DEVICE, 1)), changed)).status).toBe(403)
  })

  it('refuses an entry written in another user’s name, also through _bulk_docs as replication sends it', async () => {
    const other = await asPc1('PUT', doc(entryDocId(DEVICE, 2)), entryDoc(2, PC2.name))
    expect(other.status).toBe(403)
    expect(other.body.reason).toBe('この PC の利用者名と書き手が一致しません')
    const replicated = await asPc1('POST', `/${DB}/_bulk_docs`, {
      docs: [{ ...entryDoc(3, PC2.name), _rev: '1-0123456789abcdef0123456789abcdef' }],
      new_edits: false
    })
    expect(replicated.body).toEqual([expect.objectContaining({ id: entryDocId(DEVICE, 3), error: 'forbidden' })])
    expect((await asPc1('GET', doc(entryDocId(DEVICE, 3)))).status).toBe(404)
  })

  it('refuses an entry whose _id does not match its deviceId and deviceSeq', async () => {
    const wrongSeq = { ...entryDoc(4), _id: entryDocId(DEVICE, 5) }
    const answer = await asPc1('PUT', doc(wrongSeq._id), wrongSeq)
    expect(answer.status).toBe(403)
    expect(answer.body.reason).toBe('記録の番号が文書 ID と一致しません')
    const otherDevice = '0190a1b2-c3d4-7e5f-8a9b-ffffffffffff'
    const wrongDevice = { ...entryDoc(4), _id: entryDocId(otherDevice, 4) }
    expect((await asPc1('PUT', doc(wrongDevice._id), wrongDevice)).status).toBe(403)
  })

  it('accepts the device and clinic documents once and refuses any change', async () => {
    const device = {
      _id: deviceDocId(DEVICE),
      type: 'device',
      writer: PC1.name,
      deviceId: DEVICE,
      clinicId: 'clinic-a',
      createdAt: '2026-04-01T00:00:00.000Z'
    }
    expect((await asPc1('PUT', doc(device._id), device)).status).toBe(201)
    const storedDevice = (await asPc1('GET', doc(device._id))).body
    const moved = await asPc1('PUT', doc(device._id), { ...storedDevice, clinicId: 'clinic-b' })
    expect(moved.status).toBe(403)
    expect(moved.body.reason).toBe('端末の登録は変更できません')

    const clinic = { _id: 'clinic', type: 'clinic', clinicId: 'clinic-a', createdAt: '2026-04-01T00:00:00.000Z' }
    expect((await asPc1('PUT', doc('clinic'), clinic)).status).toBe(201)
    const storedClinic = (await asPc1('GET', doc('clinic'))).body
    const renamed = await asPc1('PUT', doc('clinic'), { ...storedClinic, clinicId: 'clinic-z' })
    expect(renamed.status).toBe(403)
    expect(renamed.body.reason).toBe('医療機関の登録は変更できません')
    expect((await asPc1('DELETE', `${doc('clinic')}?rev=${String(storedClinic._rev)}`)).status).toBe(403)
  })

  it('numbering: a valid lease is accepted, a stale _rev is a conflict (409), next going down or an altered lease 403', async () => {
    const id = numberingDocId(2026)
    const first = { _id: id, type: 'numbering', year: 2026, next: 11, leases: [lease(1, 10)] }
    const created = await asPc1('PUT', doc(id), first)
    expect(created.status).toBe(201)
    const rev1 = String(created.body.rev)

    const second = { ...first, _rev: rev1, next: 21, leases: [lease(1, 10), lease(11, 20)] }
    const updated = await asPc1('PUT', doc(id), second)
    expect(updated.status).toBe(201)

    // Another PC still holds rev 1 and sends a block that would be right after rev 2: the revision check refuses
    // it (CouchDB checks the revision first; pouchdb-server validates against the newest revision, then checks it).
    const asPc2 = couchClient({ url: couch.url, username: PC2.name, password: PC2.password })
    const stale = await asPc2('PUT', doc(id), {
      ...first,
      _rev: rev1,
      next: 31,
      leases: [lease(1, 10), lease(11, 20), lease(21, 30, PC2.name)]
    })
    expect(stale.status).toBe(409)

    const rev2 = String(updated.body.rev)
    const down = await asPc1('PUT', doc(id), { ...second, _rev: rev2, next: 5 })
    expect(down.status).toBe(403)
    expect(down.body.reason).toBe('採番の次の番号は戻せません')
    const altered = await asPc1('PUT', doc(id), {
      ...second,
      _rev: rev2,
      next: 31,
      leases: [lease(1, 10, PC2.name), lease(11, 20), lease(21, 30)]
    })
    expect(altered.status).toBe(403)
    expect(altered.body.reason).toBe('払い出し済みの番号の記録は変更できません')

    const stored = (await asPc1('GET', doc(id))).body
    expect(stored).toMatchObject({ next: 21, leases: [lease(1, 10), lease(11, 20)] })
  })

  it('refuses unknown ids and design documents from a PC', async () => {
    const unknown = await asPc1('PUT', doc('notes'), { text: 'memo' })
    expect(unknown.status).toBe(403)
    expect(unknown.body.reason).toBe('受付簿の文書ではありません（notes）')
    const design = await asPc1('PUT', doc('_design/evil'), { validate_doc_update: 'function () {}' })
    expect([401, 403]).toContain(design.status)
  })

  it('lets a reader read but not write, and shuts out a user who is no member and anyone without a password', async () => {
    const asReader = couchClient({ url: couch.url, username: READER.name, password: READER.password })
    expect((await asReader('GET', doc(entryDocId(DEVICE, 1)))).status).toBe(200)
    const written = await asReader('PUT', doc(entryDocId(DEVICE, 9)), entryDoc(9, READER.name))
    expect(written.status).toBe(403)
    expect(written.body.reason).toBe('この利用者は閲覧だけができます')

    const asOutsider = couchClient({ url: couch.url, username: OUTSIDER.name, password: OUTSIDER.password })
    for (const path of [doc(entryDocId(DEVICE, 1)), `/${DB}/_all_docs`, `/${DB}/_changes`]) {
      const answer = await asOutsider('GET', path)
      expect([401, 403]).toContain(answer.status)
    }
    const anonymous = await fetch(`${couch.url}/${DB}/_all_docs`)
    expect([401, 403]).toContain(anonymous.status)
    const wrongPassword = couchClient({ url: couch.url, username: PC1.name, password: 'wrong' })
    expect((await wrongPassword('GET', `/${DB}/_all_docs`)).status).toBe(401)
  })
})
