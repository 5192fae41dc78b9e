// The database's validate_doc_update, run directly in Node the way pouchdb-server evaluates it ("return " + source).
// These are the pure rules; test/integration/couchdb.test.ts checks the same function behind a real server.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deviceDocId, entryDocId, numberingDocId } from '../../../src/shared/syncPolicy'

type Doc = Record<string, unknown> & { _id: string }
type UserCtx = { name: string | null; roles: string[] }
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx, secObj: object) => void

const source = readFileSync(new URL('../../../resources/couchdb/validate_doc_update.js', import.meta.url), 'utf8')
// The same evaluation pouchdb-server does; CouchDB compiles the same text.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const load = new Function(`return ${source.trim()}`) as () => Validate
const validate = load()

const PC1: UserCtx = { name: 'pc1', roles: [] }
const ADMIN: UserCtx = { name: 'admin', roles: ['_admin'] }
const DEVICE = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'
const OTHER_DEVICE = '0190a1b2-c3d4-7e5f-8a9b-ffffffffffff'

/** The forbidden message, or null when the write is accepted. */
function refusal(newDoc: Doc, oldDoc: Doc | null = null, user: UserCtx = PC1): string | null {
  try {
    validate(newDoc, oldDoc, user, { members: { names: ['pc1'] } })
    return null
  } catch (error) {
    const forbidden = (error as { forbidden?: unknown }).forbidden
    if (typeof forbidden !== 'string') throw error
    return forbidden
  }
}

function entryDoc(seq = 1, over: Partial<Doc> = {}, entryOver: Record<string, unknown> = {}): Doc {
  return {
    _id: entryDocId(DEVICE, seq),
    type: 'entry',
    writer: 'pc1',
    entry: {
      id: '0190a1b2-0000-7000-8000-000000000001',
      clinicId: 'clinic-1',
      deviceId: DEVICE,
      deviceSeq: seq,
      at: '2026-04-01T00:00:00.000Z',
      actorId: 'staff-1',
      actorName: '受付 花子',
      entity: 'request',
      entityId: 'req-1',
      action: 'create',
      summary: '受付',
      payload: { a: 1 },
      payloadHash: 'a'.repeat(64),
      prevHash: '0'.repeat(64),
      hash: 'b'.repeat(64),
      ...entryOver
    },
    ...over
  }
}

const deviceDoc = (over: Partial<Doc> = {}): Doc => ({
  _id: deviceDocId(DEVICE),
  type: 'device',
  writer: 'pc1',
  deviceId: DEVICE,
  clinicId: 'clinic-1',
  createdAt: '2026-04-01T00:00:00.000Z',
  ...over
})

const clinicDoc = (over: Partial<Doc> = {}): Doc => ({
  _id: 'clinic',
  type: 'clinic',
  clinicId: 'clinic-1',
  createdAt: '2026-04-01T00:00:00.000Z',
  ...over
})

type Lease = { deviceId: string; writer: string; from: number; to: number; at: string }
const lease = (from: number, to: number, writer = 'pc1'): Lease => ({
  deviceId: DEVICE,
  writer,
  from,
  to,
  at: '2026-04-01T00:00:00.000Z'
})
const numbering = (next: number, leases: Lease[], over: Partial<Doc> = {}): Doc => ({
  _id: numberingDocId(2026),
  _rev: '1-x',
  type: 'numbering',
  year: 2026,
  next,
  leases,
  ...over
})

describe('validate_doc_update: entries', () => {
  it('accepts a new entry written by this PC', () => {
    expect(refusal(entryDoc())).toBeNull()
    expect(refusal(entryDoc(1_234_567))).toBeNull()
  })

  it('refuses any change to an existing entry, and its deletion, also from an admin', () => {
    const stored = entryDoc()
    expect(refusal(entryDoc(1, {}, { summary: '書き換え' }), stored)).toBe('記録は変更できません')
    expect(refusal(entryDoc(1, {}, { summary: '書き換え' }), stored, ADMIN)).toBe('記録は変更できません')
    expect(refusal({ ...stored, _deleted: true }, stored)).toBe('受付簿の文書は削除できません')
    expect(refusal({ ...stored, _deleted: true }, stored, ADMIN)).toBe('受付簿の文書は削除できません')
  })

  it('refuses an entry whose writer is not the PC user; an admin (head-office replication) may bring it', () => {
    expect(refusal(entryDoc(1, { writer: 'pc2' }))).toBe('この PC の利用者名と書き手が一致しません')
    expect(refusal(entryDoc(1, { writer: 'pc2' }), null, ADMIN)).toBeNull()
    expect(refusal(entryDoc(1, { writer: undefined }), null, ADMIN)).toBe('書き手がありません')
  })

  it('refuses an entry whose id does not name its device and number', () => {
    expect(refusal(entryDoc(1, {}, { deviceId: OTHER_DEVICE }))).toBe('記録の端末 ID が文書 ID と一致しません')
    expect(refusal(entryDoc(1, {}, { deviceSeq: 2 }))).toBe('記録の番号が文書 ID と一致しません')
    expect(refusal(entryDoc(1, { _id: `${DEVICE}:1` }))).toMatch(/受付簿の文書ではありません/u)
    expect(refusal(entryDoc(0))).toBe('記録の番号が文書 ID と一致しません')
  })

  it('refuses an entry missing a field, with an unknown field, or an attachment', () => {
    expect(refusal(entryDoc(1, {}, { hash: undefined }))).toBe('記録の hash がありません')
    expect(refusal(entryDoc(1, {}, { prevHash: '' }))).toBe('記録の prevHash がありません')
    expect(refusal(entryDoc(1, { entry: null }))).toBe('記録の中身がありません')
    expect(refusal(entryDoc(1, { extra: 1 }))).toBe('記録に知らない項目 extra があります')
    // A staff entry's PIN hash may ride beside it, as a string.
    expect(refusal(entryDoc(1, { credential: 'pbkdf2-sha256$1$c2FsdA$aGFzaA' }))).toBeNull()
    expect(refusal(entryDoc(1, { credential: 5 }))).toBe('記録の credential が正しくありません')
    expect(refusal(entryDoc(1, { type: 'device' }))).toBe('記録の種類が正しくありません')
    expect(refusal(entryDoc(1, { _attachments: { a: {} } }))).toBe('受付簿の文書に添付ファイルは付けられません')
    const purged = entryDoc(1)
    ;(purged.entry as Record<string, unknown>).payload = null
    expect(refusal(purged)).toBeNull()
  })
})

describe('validate_doc_update: device and clinic', () => {
  it('accepts each once and never a change', () => {
    expect(refusal(deviceDoc())).toBeNull()
    expect(refusal(deviceDoc({ clinicId: 'x' }), deviceDoc())).toBe('端末の登録は変更できません')
    expect(refusal(deviceDoc(), deviceDoc(), ADMIN)).toBe('端末の登録は変更できません')
    expect(refusal(clinicDoc())).toBeNull()
    expect(refusal(clinicDoc({ createdAt: 'x' }), clinicDoc())).toBe('医療機関の登録は変更できません')
    expect(refusal({ ...clinicDoc(), _deleted: true }, clinicDoc(), ADMIN)).toBe('受付簿の文書は削除できません')
  })

  it('refuses a device document of another writer or whose id names another device', () => {
    expect(refusal(deviceDoc({ writer: 'pc2' }))).toBe('この PC の利用者名と書き手が一致しません')
    expect(refusal(deviceDoc({ deviceId: OTHER_DEVICE }))).toBe('端末 ID が文書 ID と一致しません')
    expect(refusal(clinicDoc({ clinicId: '' }))).toBe('医療機関 ID か作成日時がありません')
  })
})

describe('validate_doc_update: numbering', () => {
  it('accepts the first block from 1 and each next block appended from the old next', () => {
    expect(refusal(numbering(11, [lease(1, 10)]))).toBeNull()
    expect(refusal(numbering(21, [lease(1, 10), lease(11, 20)]), numbering(11, [lease(1, 10)]))).toBeNull()
  })

  it('accepts a first block above 1 (a register numbered on one PC before it was shared) but never one below next', () => {
    expect(refusal(numbering(11, [lease(2, 10)]))).toBeNull()
    expect(refusal(numbering(61, [lease(1, 10), lease(51, 60)]), numbering(11, [lease(1, 10)]))).toBeNull()
  })

  it('refuses a next that does not follow the block, a block without numbers, or a bad year', () => {
    expect(refusal(numbering(12, [lease(1, 10)]))).toBe('採番の次の番号は払い出した最後の番号の次にしてください')
    expect(refusal(numbering(11, []))).toBe('払い出しの記録はちょうど 1 件追加してください')
    expect(refusal(numbering(0, [lease(1, 0)]))).toBe('採番の次の番号は 1 以上の整数です')
    expect(refusal(numbering(11, [lease(1, 10)], { year: 2025 }))).toBe('採番の年が文書 ID と一致しません')
  })

  it('refuses next going down, an altered or dropped earlier block, and two blocks at once from a PC', () => {
    const old = numbering(21, [lease(1, 10), lease(11, 20)])
    expect(refusal(numbering(11, [lease(1, 10)]), old)).toBe('採番の次の番号は戻せません')
    expect(refusal(numbering(31, [lease(1, 9), lease(11, 20), lease(21, 30)]), old)).toBe(
      '払い出し済みの番号の記録は変更できません'
    )
    expect(refusal(numbering(31, [lease(1, 10), lease(11, 20, 'pc2'), lease(21, 30)]), old)).toBe(
      '払い出し済みの番号の記録は変更できません'
    )
    expect(refusal(numbering(21, [lease(1, 10), lease(11, 20)]), old)).toBe(
      '払い出しの記録はちょうど 1 件追加してください'
    )
    expect(refusal(numbering(41, [lease(1, 10), lease(11, 20), lease(21, 30), lease(31, 40)]), old)).toBe(
      '払い出しの記録はちょうど 1 件追加してください'
    )
    expect(refusal(numbering(30, [lease(1, 10), lease(11, 20), lease(20, 29)]), old)).toBe(
      '払い出しは 21 番以降から始めてください'
    )
    expect(refusal(numbering(21, [lease(1, 10), lease(11, 20), lease(21, 20)]), old)).toBe(
      '払い出しの終わりの番号が正しくありません'
    )
  })

  it('refuses a block leased in another user’s name; an admin may replicate several contiguous blocks', () => {
    const old = numbering(11, [lease(1, 10)])
    expect(refusal(numbering(21, [lease(1, 10), lease(11, 20, 'pc2')]), old)).toBe(
      'この PC の利用者名と書き手が一致しません'
    )
    const replicated = numbering(31, [lease(1, 10), lease(11, 20, 'pc2'), lease(21, 30, 'pc3')])
    expect(refusal(replicated, old, ADMIN)).toBeNull()
    expect(refusal(replicated, null, ADMIN)).toBeNull()
    expect(refusal(numbering(31, [lease(1, 10), lease(10, 20, 'pc2'), lease(21, 30)]), old, ADMIN)).toBe(
      '払い出しは 11 番以降から始めてください'
    )
  })
})

describe('validate_doc_update: everything else', () => {
  it('refuses unknown ids and design documents from a PC, lets an admin write design documents', () => {
    expect(refusal({ _id: 'notes', text: 'x' })).toBe('受付簿の文書ではありません（notes）')
    expect(refusal({ _id: 'numbering:26', type: 'numbering' })).toMatch(/受付簿の文書ではありません/u)
    expect(refusal({ _id: '_design/x' })).toBe('設計文書はサーバーの管理者だけが変更できます')
    expect(refusal({ _id: '_design/x' }, null, ADMIN)).toBeNull()
  })

  it('refuses every write from a reader (head office), even a well-formed one', () => {
    const reader: UserCtx = { name: 'pc1', roles: ['kaiji_reader'] }
    expect(refusal(entryDoc(), null, reader)).toBe('この利用者は閲覧だけができます')
  })
})
