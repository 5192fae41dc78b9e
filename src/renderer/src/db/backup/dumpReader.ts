// Reading a backup's table dump as it streams, row by row: a dump of 100,000 requests is far larger than one
// string, so it is never parsed whole. The dump is dexie-export-import's JSON, whose layout this reader knows:
//   {"formatName":"dexie","formatVersion":1,"data":{…,"tables":[…],"data":[{"tableName":…,"rows":[ROW,ROW,…]},…]}}
// It follows the nesting (outside strings) to find where each row begins and ends, and hands each row's text to
// JSON.parse; the header and each table's name are parsed the same way. Streaming JSON parsers written in
// JavaScript were measured at about a tenth of this speed.

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d

/** root { → data { → data [ → a table's { → rows [ → a row */
const TABLE_DEPTH = 4
const ROWS_DEPTH = 5
const ROW_DEPTH = 6

export interface DumpReader {
  /** Feeds the next piece of the dump; every row it completes reaches `onRow` before this returns. */
  write(piece: Uint8Array): void
  /** Ends the dump: throws when it was cut short or is not dexie-export-import's format. */
  end(): void
}

type Capture = 'root' | 'table' | 'row' | null

export function createDumpReader(onRow: (table: string, row: unknown) => void): DumpReader {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let depth = 0
  let inString = false
  let escaped = false
  let capture: Capture = 'root'
  /** The text of the current capture from earlier pieces. */
  let held = ''
  let table: string | null = null
  let header: { formatName?: unknown; formatVersion?: unknown } | null = null

  function scan(s: string): void {
    let start = 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (inString) {
        if (escaped) escaped = false
        else if (c === BACKSLASH) escaped = true
        else if (c === QUOTE) inString = false
        continue
      }
      if (c === QUOTE) {
        // Most of a dump is inside strings: jump to the closing quote (one not escaped by a backslash).
        let j = s.indexOf('"', i + 1)
        while (j >= 0) {
          let backslashes = 0
          while (s.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes += 1
          if (backslashes % 2 === 0) break
          j = s.indexOf('"', j + 1)
        }
        if (j >= 0) i = j
        // A string that goes on into the next piece is followed character by character from here.
        else inString = true
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth += 1
        if (capture === 'root' && depth === 3 && c === OPEN_ARRAY) {
          // The header ends where the dump's data array begins (the table list is the other array there).
          const text = held + s.slice(start, i)
          if (text.endsWith('"data":')) {
            header = JSON.parse(`${text}[]}}`) as typeof header
            capture = null
            held = ''
          }
        } else if (capture === null && depth === TABLE_DEPTH) {
          capture = 'table'
          start = i
          held = ''
        } else if (capture === 'table' && depth === ROWS_DEPTH && c === OPEN_ARRAY) {
          const text = held + s.slice(start, i)
          if (!text.endsWith('"rows":')) throw new Error('a table without its rows')
          table = String((JSON.parse(`${text}null}`) as { tableName?: unknown }).tableName)
          capture = null
          held = ''
        } else if (capture === null && depth === ROW_DEPTH && table !== null) {
          capture = 'row'
          start = i
          held = ''
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (capture === 'row' && depth === ROW_DEPTH) {
          onRow(table ?? '', JSON.parse(held + s.slice(start, i + 1)))
          capture = null
          held = ''
        } else if (depth === ROWS_DEPTH) table = null
        depth -= 1
        if (depth < 0) throw new Error('unbalanced dump')
      }
    }
    if (capture !== null) held += s.slice(start)
  }

  return {
    write: (piece) => scan(decoder.decode(piece, { stream: true })),
    end: () => {
      scan(decoder.decode())
      if (depth !== 0 || inString || header?.formatName !== 'dexie' || header.formatVersion !== 1)
        throw new Error('not a whole dexie export')
    }
  }
}

/** Reads a Blob piece by piece; `wait` lets a restore keep its transaction open while each piece is read. */
export async function readPieces(
  blob: Blob,
  pieceBytes: number,
  onPiece: (piece: Uint8Array, end: number) => Promise<void> | void,
  wait: <T>(p: Promise<T>) => Promise<T> = (p) => p
): Promise<void> {
  for (let at = 0; at < blob.size; at += pieceBytes) {
    const piece = new Uint8Array(await wait(blob.slice(at, at + pieceBytes).arrayBuffer()))
    await onPiece(piece, Math.min(at + pieceBytes, blob.size))
  }
}
