/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readCsv, readXlsx } from '../../../src/renderer/src/features/import/readLedgerFile'

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/import/${name}`))

describe('reading an old ledger file', () => {
  it('detects Shift_JIS, as Japanese Excel saves CSV, and reads the Japanese text intact', () => {
    const t = readCsv(fixture('ledger-sjis.csv'))
    expect(t.source).toBe('Shift_JIS')
    expect(t.headers.slice(0, 3)).toEqual(['No.', '受付日', '種別'])
    expect(t.rows).toHaveLength(5)
    expect(t.rows[1]?.[3]).toBe('佐藤 花子')
  })

  it('reads UTF-8 with a BOM the same way', () => {
    const t = readCsv(fixture('ledger-utf8.csv'))
    expect(t.source).toBe('UTF-8')
    expect(t.headers[0]).toBe('No.')
    expect(t.rows).toEqual(readCsv(fixture('ledger-sjis.csv')).rows)
  })

  it('reads an .xlsx, with date cells as YYYY-MM-DD', async () => {
    const t = await readXlsx(fixture('ledger.xlsx'))
    expect(t.source).toBe('xlsx')
    expect(t.rows).toHaveLength(5)
    expect(t.rows[0]?.[1]).toBe('2024-12-02')
    expect(t.rows[0]?.[3]).toBe('山田 太郎')
    // exceljs is slow to load on a busy machine.
  }, 30_000)
})
