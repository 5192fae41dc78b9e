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
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { completeRequest } from '../../../src/renderer/src/domain/requestRestore'
import { RECEPTION, makeIntake, seedStaff } from '../requestFixtures'

/** Each released version's stores exactly as it declared them (never edited once released). */
const RELEASED_STORES: Record<number, Record<string, string>[]> = {
  1: [
    {
      requests: 'id, &receiptNo, [receivedOn+receiptNo], status, kind, dueOn, *searchKeys, updatedAt',
      staff: 'id, name, updatedAt',
      settings: 'id',
      device: 'id',
      audit: 'id, &[deviceId+deviceSeq], entityId, at',
      numbering: 'id'
    }
  ],
  2: [
    {
      requests: 'id, &receiptNo, [receivedOn+receiptNo], status, kind, dueOn, *searchKeys, updatedAt',
      staff: 'id, name, updatedAt',
      settings: 'id',
      device: 'id',
      audit: 'id, &[deviceId+deviceSeq], entityId, at',
      numbering: 'id'
    },
    { letters: 'id, requestId, documentNo, issuedOn, updatedAt' }
  ]
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

/** Writes the fixture into IndexedDB through a database declared as that version was. */
async function restoreAsReleased(version: number, name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name)
  RELEASED_STORES[version]?.forEach((stores, i) => old.version(i + 1).stores(stores))
  await old.open()
  expect(old.verno).toBe(version)
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

describe.each([1, 2])('a register written by schema version %i', (version) => {
  it('opens with the current code: every row there and parsing, every chain verifying', async () => {
    const fixture = loadFixture(version)
    expect(fixture.schemaVersion).toBe(version)
    const name = `fixture-${version}-${crypto.randomUUID()}`
    await restoreAsReleased(version, name, fixture)

    const db = new RegisterDb(name)
    await db.open()
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // Requests are read through the fill-defaults step (fields added since that version).
      const expected = table === 'requests' ? (rows as RequestRecord[]).map((r) => completeRequest(r)) : rows
      expect(await db.table(table).toArray(), table).toEqual(expected)
      expect(table in STORED_SCHEMAS, table).toBe(true)
      expect(readStoredRows(table as StoredTable, rows).damaged, table).toEqual([])
    }
    const ctx = await openContext(db, () => new Date('2026-12-01T01:00:00.000Z'))
    await seedStaff(ctx)
    const report = await verifyRegister(ctx)
    expect(report.problems).toEqual([])
    expect(report.checked).toBe(fixture.tables.audit?.length)
    // Written before row hashes: these rows are compared from their next change on.
    expect(report.legacyRequests).toBe(fixture.tables.requests?.length)

    // The chain continues, and a legacy request changed now is guarded from then on.
    const added = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const legacy = await db.requests.where('receiptNo').equals('2026-0005').first()
    if (!legacy) throw new Error('fixture request 2026-0005 missing')
    await applyRequestEvent(ctx, RECEPTION, legacy.id, { type: 'resume' })
    expect((await verifyRegister(ctx)).problems).toEqual([])
    await db.requests.update(legacy.id, { dueOn: '2027-01-31' })
    await db.requests.update(added.id, { fee: 0 })
    expect((await verifyRegister(ctx)).problems.map((p) => p.receiptNo).sort()).toEqual(
      ['2026-0005', added.receiptNo].sort()
    )
    db.close()
  }, 60_000)
})
