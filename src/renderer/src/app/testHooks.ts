// Only in the web build used by end-to-end tests and benchmarks: the repositories on `window`, so tests
// seed data through the app's own code (the benchmark also picks each decision's letter as the screen does).
// The desktop build compiles this away (__TEST_HOOKS__ is false).
import * as repositories from '../db'
import type { DbContext } from '../db'
import { decisionLetterOf } from '../domain/letters/fit'

declare const __TEST_HOOKS__: boolean

const FULL_DISK = 'simulatedFullDisk'

/**
 * Makes every write fail as on a full disk (IndexedDB's QuotaExceededError), or stops doing so: the database is
 * closed and reopened with (or without) a layer that refuses writes, so tests see the app's real failure path.
 */
async function simulateFullDisk(ctx: DbContext, on: boolean): Promise<void> {
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

export function installTestHooks(ctx: DbContext): void {
  if (!__TEST_HOOKS__) return
  Object.assign(window, {
    __register: { ctx, ...repositories, decisionLetterOf, simulateFullDisk: (on: boolean) => simulateFullDisk(ctx, on) }
  })
}
