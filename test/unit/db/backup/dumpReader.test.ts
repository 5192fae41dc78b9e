// The backup reader finds every row of dexie-export-import's dump however the file is cut into pieces, and
// refuses a dump that is cut short or is not one.
import { exportDB } from 'dexie-export-import'
import { describe, expect, it } from 'vitest'
import { createDumpReader, readPieces } from '../../../../src/renderer/src/db/backup/dumpReader'
import { openContext } from '../../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../../src/renderer/src/db/database'

const tricky = [
  { id: 'a', note: 'かっこ { [ ] } と "引用" と \\ バックスラッシュ', n: 1 },
  { id: 'b', note: '\\"', list: [{ x: '}' }, [']']], n: 2 },
  { id: 'c', note: '', nested: { deep: { deeper: ['受付簿'] } }, n: 3 }
]
const dump = JSON.stringify({
  formatName: 'dexie',
  formatVersion: 1,
  data: {
    databaseName: 'x',
    databaseVersion: 8,
    tables: [
      { name: 'requests', schema: 'id', rowCount: 3 },
      { name: 'staff', schema: 'id', rowCount: 1 }
    ],
    data: [
      { tableName: 'requests', inbound: true, rows: tricky },
      { tableName: 'empty', inbound: true, rows: [] },
      { tableName: 'staff', inbound: true, rows: [{ id: 's', name: '佐藤 管理' }] }
    ]
  }
})

function readAll(bytes: Uint8Array, pieceSize: number): [string, unknown][] {
  const rows: [string, unknown][] = []
  const reader = createDumpReader((table, row) => rows.push([table, row]))
  for (let at = 0; at < bytes.length; at += pieceSize) reader.write(bytes.subarray(at, at + pieceSize))
  reader.end()
  return rows
}

describe('reading a backup dump row by row', () => {
  const bytes = new TextEncoder().encode(dump)
  const expected = [...tricky.map((r) => ['requests', r]), ['staff', { id: 's', name: '佐藤 管理' }]]

  it('finds every row, whatever the pieces (cut inside strings, escapes and multi-byte characters)', () => {
    for (const size of [1, 2, 3, 5, 7, 64, bytes.length])
      expect(readAll(bytes, size), `pieces of ${size}`).toEqual(expected)
  })

  it('refuses a dump that is cut short or is not dexie-export-import’s', () => {
    expect(() => readAll(bytes.subarray(0, bytes.length - 3), 100)).toThrow()
    expect(() => readAll(bytes.subarray(0, 200), 7)).toThrow()
    expect(() => readAll(new TextEncoder().encode(dump.replace('"dexie"', '"other"')), 100)).toThrow()
    expect(() => readAll(new TextEncoder().encode('[1,2,3]'), 100)).toThrow()
  })

  it('reads exactly what dexie-export-import wrote of a register', async () => {
    const ctx = await openContext(new RegisterDb(`dump-${crypto.randomUUID()}`), () => new Date('2026-11-25T01:00:00Z'))
    await ctx.db.settings.put({ id: 'note', text: 'a "quoted" {brace} 受付' } as never)
    const blob = await exportDB(ctx.db)
    const rows: [string, unknown][] = []
    const reader = createDumpReader((table, row) => rows.push([table, row]))
    await readPieces(blob, 13, (piece) => reader.write(piece))
    reader.end()
    const whole = JSON.parse(await blob.text()) as { data: { data: { tableName: string; rows: unknown[] }[] } }
    expect(rows).toEqual(whole.data.data.flatMap((t) => t.rows.map((r) => [t.tableName, r])))
    expect(rows.length).toBeGreaterThanOrEqual(2)
  })
})
