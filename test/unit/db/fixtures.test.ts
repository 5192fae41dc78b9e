// Schema upgrades proven on real old data: each released version's database, as written by that version's own
// code (scripts/make-fixtures.mjs, frozen under test/fixtures/), is opened with the current code.
import { readFileSync } from 'node:fs'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { verifyRegister } from '../../../src/renderer/src/db/integrity'
import { applyRequestEvent, createRequest } from '../../../src/renderer/src/db/requests'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { readStoredRows, STORED_SCHEMAS, type StoredTable } from '../../../src/renderer/src/domain/records'
import type { AuditEntry } from '../../../src/renderer/src/domain/audit'
import { withOpenDue, type RegisterSummary } from '../../../src/renderer/src/domain/registerSummary'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { afterHashOf } from '../../../src/renderer/src/domain/requestPayloads'
import { completeRequest } from '../../../src/renderer/src/domain/requestRestore'
import { RECEPTION, makeIntake, seedStaff } from '../requestFixtures'
import { V1, V2, V3, V4, V5, V6, V6_FIRST, V7, V8, V9, CURRENT_SCHEMA } from './releasedStores'

/**
 * The version blocks each release declared, by version number (scripts/make-fixtures.mjs names the commits).
 * Versions 4 and 5 reached main after v6's first block, so their releases declare it too and open at version 6.
 */
const RELEASED_STORES: Record<number, Record<number, Record<string, string>>> = {
  1: { 1: V1 },
  2: { 1: V1, 2: V2 },
  3: { 1: V1, 2: V2, 3: V3 },
  4: { 1: V1, 2: V2, 3: V3, 4: V4, 6: V6_FIRST },
  5: { 1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6_FIRST },
  6: { 1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6 },
  7: { 1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7 },
  8: { 1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7, 8: V8 },
  9: { 1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7, 8: V8, 9: V9 }
}

interface Fixture {
  schemaVersion: number
  tables: Record<string, unknown[]>
}

function loadFixture(version: number): Fixture {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/register-v${version}.json`, import.meta.url), 'utf8')
  ) as Fixture
}

/** The newest version a release declared: its database's version number. */
const releasedVersion = (release: number): number =>
  Math.max(...Object.keys(RELEASED_STORES[release] ?? {}).map(Number))

/** Writes the fixture into IndexedDB through a database declared as that release was. */
async function restoreAsReleased(release: number, name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name)
  for (const [version, stores] of Object.entries(RELEASED_STORES[release] ?? {}))
    old.version(Number(version)).stores(stores)
  await old.open()
  expect(old.verno).toBe(releasedVersion(release))
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

/** Requests whose trail in the fixture carries no row hash: written before row hashes, compared from their next change. */
function unhashedRequests(fixture: Fixture): Set<string> {
  const audit = (fixture.tables.audit ?? []) as AuditEntry[]
  const hashed = new Set(audit.filter((e) => afterHashOf(e.payload) !== null).map((e) => e.entityId))
  return new Set((fixture.tables.requests as RequestRecord[]).filter((r) => !hashed.has(r.id)).map((r) => r.receiptNo))
}

describe.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('a register written by the release of schema version %i', (release) => {
  it('opens with the current code: every table there, every row there and parsing, every chain verifying', async () => {
    const fixture = loadFixture(release)
    expect(fixture.schemaVersion).toBe(releasedVersion(release))
    const name = `fixture-${release}-${crypto.randomUUID()}`
    await restoreAsReleased(release, name, fixture)

    const db = new RegisterDb(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA)
    // Every table and index of the current schema exists, those the release never declared included.
    const idb = db.backendDB()
    for (const table of db.tables) {
      expect(idb.objectStoreNames.contains(table.name), table.name).toBe(true)
      const indexes = idb.transaction(table.name).objectStore(table.name).indexNames
      for (const index of table.schema.indexes) expect(indexes.contains(index.name), index.name).toBe(true)
      // A table the release did not have starts empty (but summaries, which the v3 upgrade fills from the requests).
      if (!(table.name in fixture.tables) && table.name !== 'summaries') expect(await table.count(), table.name).toBe(0)
    }
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // Requests are read through the fill-defaults step (fields added since that version); open requests'
      // summaries gain their target date as openDueOn (the v9 upgrade), and no other summary changes.
      const expected =
        table === 'requests'
          ? (rows as RequestRecord[]).map((r) => completeRequest(r))
          : table === 'summaries'
            ? (rows as RegisterSummary[]).map((r) => withOpenDue(r))
            : rows
      expect(await db.table(table).toArray(), table).toEqual(expected)
      expect(table in STORED_SCHEMAS, table).toBe(true)
      expect(readStoredRows(table as StoredTable, rows).damaged, table).toEqual([])
    }
    // Every request has its register summary (filled by the v3 upgrade where the release had none). Not the other
    // way round: the v4 and v5 releases' purge, which no screen offered yet, left the purged requests' summaries.
    const requests = fixture.tables.requests as RequestRecord[]
    const summarized = new Set(await db.summaries.toCollection().primaryKeys())
    expect(requests.filter((r) => !summarized.has(r.id)).map((r) => r.receiptNo)).toEqual([])
    const ctx = await openContext(db, () => new Date('2026-12-01T01:00:00.000Z'))
    await seedStaff(ctx)
    const report = await verifyRegister(ctx)
    expect(report.problems).toEqual([])
    expect(report.checked).toBe(fixture.tables.audit?.length)
    // Rows written before row hashes are compared from their next change on; later ones at once.
    const unhashed = unhashedRequests(fixture)
    expect(report.legacyRequests).toBe(unhashed.size)

    // The chain continues, and a request changed now is guarded from then on.
    const added = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const changed = await db.requests.where('receiptNo').equals('2026-0005').first()
    if (!changed) throw new Error('fixture request 2026-0005 missing')
    await applyRequestEvent(ctx, RECEPTION, changed.id, { type: 'resume' })
    expect((await verifyRegister(ctx)).problems).toEqual([])
    // Rows changed outside the app: caught when the app wrote them with a row hash, the release's own rows included.
    const untouched = await db.requests.where('receiptNo').equals('2026-0004').first()
    if (!untouched) throw new Error('fixture request 2026-0004 missing')
    await db.requests.update(changed.id, { dueOn: '2027-01-31' })
    await db.requests.update(added.id, { fee: 0 })
    await db.requests.update(untouched.id, { details: '書き換え' })
    const caught = ['2026-0005', added.receiptNo, ...(unhashed.has('2026-0004') ? [] : ['2026-0004'])]
    expect((await verifyRegister(ctx)).problems.map((p) => p.receiptNo).sort()).toEqual(caught.sort())
    db.close()
  }, 60_000)
})
