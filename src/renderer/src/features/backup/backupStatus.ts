// What every screen shows about backups: when the last one succeeded, the last failure, and whether the register
// changed since. One small store for the page, read with useSyncExternalStore.
import { useSyncExternalStore } from 'react'

export interface BackupStatus {
  /** UTC ISO time of the last successful backup, from this session or the anchor. */
  lastSuccessAt: string | null
  /** The Japanese message of a failure since the last success. */
  lastError: string | null
  running: boolean
  /** A register without any backup has its first one booked for shortly after opening: not yet overdue. */
  firstScheduled: boolean
  /** False while backups sit on the same disk as the register. */
  separateDisk: boolean
}

let status: BackupStatus = {
  lastSuccessAt: null,
  lastError: null,
  running: false,
  firstScheduled: false,
  separateDisk: true
}
const listeners = new Set<() => void>()

export function setBackupStatus(patch: Partial<BackupStatus>): void {
  status = { ...status, ...patch }
  for (const l of listeners) l()
}

export function getBackupStatus(): BackupStatus {
  return status
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useBackupStatus(): BackupStatus {
  return useSyncExternalStore(subscribe, getBackupStatus)
}

/** Overdue: no success for two intervals (or none at all, and none booked) while the register holds data. */
export function isOverdue(s: BackupStatus, now: Date, intervalMinutes: number, holdsData: boolean): boolean {
  if (!holdsData) return false
  if (s.lastSuccessAt === null) return !s.firstScheduled
  return now.getTime() - new Date(s.lastSuccessAt).getTime() > 2 * intervalMinutes * 60_000 + 60_000
}
