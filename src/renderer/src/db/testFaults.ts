// For the end-to-end tests only (reached through app/testHooks.ts, which the desktop build compiles away):
// faults the app must survive, injected where the real ones happen.
import type { DBCore, DBCoreTable } from 'dexie'
import type { DbContext } from './context'

/**
 * Closes the database and opens it again with the named layer over one table's (or every table's) calls, or
 * without it when `wrap` is null, so the app meets the fault through its real code paths.
 */
async function reopenWith(
  ctx: DbContext,
  name: string,
  wrap: ((table: DBCoreTable, tableName: string) => DBCoreTable) | null
): Promise<void> {
  const { db } = ctx
  db.close({ disableAutoOpen: false })
  if (wrap) {
    const create = (down: DBCore): DBCore => ({ ...down, table: (t) => wrap(down.table(t), t) })
    db.use({ stack: 'dbcore', name, create })
  } else db.unuse({ stack: 'dbcore', name })
  await db.open()
}

/**
 * Makes every write fail as on a full disk (IndexedDB's QuotaExceededError), or stops doing so: the database is
 * closed and reopened with (or without) a layer that refuses writes, so tests see the app's real failure path.
 */
export async function simulateFullDisk(ctx: DbContext, on: boolean): Promise<void> {
  const refuse = () => Promise.reject(new DOMException('The disk is full (simulated).', 'QuotaExceededError'))
  await reopenWith(ctx, 'simulatedFullDisk', on ? (table) => ({ ...table, mutate: refuse }) : null)
}

/**
 * Holds the whole-register read (the summaries read by id, page by page) until `release` is called, so tests see
 * the register's first screen, drawn from its newest rows, as a large register shows it while the rest is read.
 * Each held page is answered by IndexedDB at once and handed on only on release, so no transaction is kept open.
 */
export async function holdRegisterRead(ctx: DbContext): Promise<{ release: () => void }> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await reopenWith(ctx, 'heldRegisterRead', (table, name) =>
    name !== 'summaries'
      ? table
      : {
          ...table,
          query: async (req) => {
            const res = await table.query(req)
            if (req.query.index.isPrimaryKey) await released
            return res
          }
        }
  )
  // Once released, every read passes straight through (until the page is loaded again).
  return { release: () => release() }
}

/**
 * Makes reading whole requests by id fail as a broken disk would (IndexedDB's UnknownError), or stops doing so:
 * the monthly log's read of the month's requests then fails, and tests see what the manager sees.
 */
export async function failRequestReads(ctx: DbContext, on: boolean): Promise<void> {
  const fail = () => Promise.reject(new DOMException('The read failed (simulated).', 'UnknownError'))
  await reopenWith(
    ctx,
    'failedRequestReads',
    on ? (table, name) => (name === 'requests' ? { ...table, getMany: fail } : table) : null
  )
}
