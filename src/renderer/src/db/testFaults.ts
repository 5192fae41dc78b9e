// For the end-to-end tests only (reached through app/testHooks.ts, which the desktop build compiles away):
// faults the app must survive, injected where the real ones happen.
import type { DbContext } from './context'

const FULL_DISK = 'simulatedFullDisk'

/**
 * Makes every write fail as on a full disk (IndexedDB's QuotaExceededError), or stops doing so: the database is
 * closed and reopened with (or without) a layer that refuses writes, so tests see the app's real failure path.
 */
export async function simulateFullDisk(ctx: DbContext, on: boolean): Promise<void> {
  const { db } = ctx
  db.close({ disableAutoOpen: false })
  if (on)
    db.use({
      stack: 'dbcore',
      name: FULL_DISK,
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: () => Promise.reject(new DOMException('The disk is full (simulated).', 'QuotaExceededError'))
        })
      })
    })
  else db.unuse({ stack: 'dbcore', name: FULL_DISK })
  await db.open()
}

const HELD_READ = 'heldRegisterRead'

/**
 * Holds the whole-register read (the summaries read by id, page by page) until `release` is called, so tests see
 * the register's first screen, drawn from its newest rows, as a large register shows it while the rest is read.
 * Each held page is answered by IndexedDB at once and handed on only on release, so no transaction is kept open.
 */
export async function holdRegisterRead(ctx: DbContext): Promise<{ release: () => void }> {
  const { db } = ctx
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  db.close({ disableAutoOpen: false })
  db.use({
    stack: 'dbcore',
    name: HELD_READ,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        if (name !== 'summaries') return table
        return {
          ...table,
          query: async (req) => {
            const res = await table.query(req)
            if (req.query.index.isPrimaryKey) await released
            return res
          }
        }
      }
    })
  })
  await db.open()
  // Once released, every read passes straight through (until the page is loaded again).
  return { release: () => release() }
}

const FAILED_REQUEST_READS = 'failedRequestReads'

/**
 * Makes reading whole requests by id fail as a broken disk would (IndexedDB's UnknownError), or stops doing so:
 * the monthly log's read of the month's requests then fails, and tests see what the manager sees.
 */
export async function failRequestReads(ctx: DbContext, on: boolean): Promise<void> {
  const { db } = ctx
  db.close({ disableAutoOpen: false })
  if (on)
    db.use({
      stack: 'dbcore',
      name: FAILED_REQUEST_READS,
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          if (name !== 'requests') return table
          return {
            ...table,
            getMany: () => Promise.reject(new DOMException('The read failed (simulated).', 'UnknownError'))
          }
        }
      })
    })
  else db.unuse({ stack: 'dbcore', name: FAILED_REQUEST_READS })
  await db.open()
}
