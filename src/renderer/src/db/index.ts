// The data layer's public face for screens: repositories and live queries, never tables.
import { RegisterDb } from './database'
export { isBenchSeedPage } from './database'
import type { DbContext } from './context'
import { openRegisterDb } from './newerSchema'

export type { DbContext } from './context'
export { useLiveQuery } from 'dexie-react-hooks'
export * from './requests'
export * from './registerQuery'
export * from './registerStore'
export * from './settingsStore'
export { onSummariesCommitted } from './summaries'
export * from './staffRepo'
export * from './pinLogin'
export * from './authority'
export { DAMAGED_ROW_MESSAGE, DISK_FULL_MESSAGE, failureMessage, isQuotaError } from './errors'
export * from './pinRepo'
export * from './settingsRepo'
export { auditFor, recentAudit, verifyAuditChain, recordEvent, type ChainReport } from './auditLog'

let opened: Promise<DbContext> | null = null

/** Opens the register once per page (read-only when a newer app version wrote it). */
export function openRegister(appVersion: string): Promise<DbContext> {
  opened ??= (async () => {
    // Ask Chromium never to evict the register under storage pressure (main grants this to app://bundle only).
    await navigator.storage.persist().catch(() => false)
    return openRegisterDb(new RegisterDb(), appVersion, indexedDB)
  })()
  return opened
}
export { newerRegisterMessage, ReadOnlyRegisterError, type NewerRegister } from './newerSchema'
export * from './bulkImport'
export * from './dashboard'
export * from './monthlyQuery'
export * from './letters'
export * from './incidents'
export * from './backup'
export * from './retention'
export type { BackupFirst } from './backupFirst'
export {
  verifyRegister,
  verifyAuditChains,
  registerCounts,
  chainHead,
  type IntegrityProblem,
  type IntegrityReport,
  type VerifyOptions
} from './integrity'
export { readVerifiedTrail, keepVerifiedTrail } from './verifiedTrail'
export * from './provisions'
export * from './procedures'
export * from './accessLog'
export * from './managerReads'
export * from './inspection'
export * from './registerExport'
export * from './auditQuery'
export * from './auditExport'
export { concurrentFlagFor, listConcurrentFlags, resolveConcurrent } from './replication/concurrent'
export type { SyncService, SyncState, SyncStatus } from './replication/service'

/** Sharing between PCs, loaded only when IT's policy names a server: a single PC never loads PouchDB at all. */
export const loadSharing = () => import('./replication/service')
export { NO_LEASED_NUMBERS_MESSAGE } from './numbering'
