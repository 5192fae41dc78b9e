// Only in the web build used by end-to-end tests and benchmarks: the repositories on `window`, so tests
// seed data through the app's own code (the benchmark also picks each decision's letter as the screen does, and
// takes a backup to the browser's backup store and restores it as the settings screen does; the bench's copied
// requests are hashed, folded, summarised and chained with the app's own functions, test/bench/copyInPage.mjs).
// The desktop build compiles this away (__TEST_HOOKS__ is false).
import * as repositories from '../db'
import type { DbContext } from '../db'
import { hashEntry, hashPayload } from '../domain/auditHash'
import { summarize } from '../domain/registerSummary'
import { requestRowHash } from '../domain/requestHash'
import { foldRequest } from '../domain/sync/fold'
import { decisionLetterOf } from '../domain/letters/fit'
import { failRequestReads, holdRegisterRead, simulateFullDisk } from '../db/testFaults'
import { appVersion, parseManifest, readBackup, writeBackup } from '../platform'

declare const __TEST_HOOKS__: boolean

/** `extra`: what a test page adds beside the repositories (the seed page's anchor writer, benchSeedPage.ts). */
export function installTestHooks(ctx: DbContext, extra: Record<string, unknown> = {}): void {
  if (!__TEST_HOOKS__) return
  Object.assign(window, {
    __register: {
      ...extra,
      ctx,
      ...repositories,
      decisionLetterOf,
      hashEntry,
      hashPayload,
      requestRowHash,
      foldRequest,
      summarize,
      simulateFullDisk: (on: boolean) => simulateFullDisk(ctx, on),
      holdRegisterRead: () => holdRegisterRead(ctx),
      failRequestReads: (on: boolean) => failRequestReads(ctx, on),
      backupFiles: { appVersion, parseManifest, readBackup, writeBackup }
    }
  })
}
