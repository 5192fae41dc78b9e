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
