// Backups while the app is open: every N minutes when something changed (put off to the next interval when staff
// save through every attempt: such a backup never holds their saves), and one last backup when the desktop
// window closes. The anchor file follows the writes once they pause and the window is idle (it counts every table,
// which would otherwise compete with the screen the person is opening). A register without any backup gets its
// first one shortly after opening, once the window is idle: the PIN, the home page and the first screen come first.
import { useEffect, useRef } from 'react'
import { whenIdle } from '../../app/idle'
import { watchRegisterChanges, type DbContext } from '../../db'
import type { Settings } from '../../domain/settings'
import { listBackups, onCloseRequested, readAnchor } from '../../platform'
import { setBackupStatus } from './backupStatus'
import { runBackup, updateAnchor } from './runBackup'

const ANCHOR_DELAY_MS = 10_000
const FIRST_BACKUP_DELAY_MS = 30_000

export function useBackupScheduler(ctx: DbContext, settings: Settings): void {
  const changedSinceBackup = useRef(false)
  const settingsRef = useRef(settings)
  useEffect(() => {
    settingsRef.current = settings
  }, [settings])

  // What is known before this session's first backup: the anchor's last backup and the folder's place.
  useEffect(() => {
    let live = true
    let cancelFirst: () => void = () => undefined
    void readAnchor().then((a) => {
      if (a?.lastBackupAt) setBackupStatus({ lastSuccessAt: a.lastBackupAt })
    })
    listBackups(settingsRef.current.backupFolder).then(
      (list) => {
        const newest = list.entries.find((e) => e.manifest)?.manifest?.createdAt ?? null
        setBackupStatus({ separateDisk: list.separateDisk, ...(newest ? { lastSuccessAt: newest } : {}) })
        // A register without any backup yet gets its first one soon, not after the first interval.
        if (!newest && live) {
          // Closing the window before then still takes it.
          changedSinceBackup.current = true
          setBackupStatus({ firstScheduled: true })
          cancelFirst = whenIdle(() => {
            void runBackup(ctx, settingsRef.current, undefined, { canWait: true }).finally(() =>
              setBackupStatus({ firstScheduled: false })
            )
          }, FIRST_BACKUP_DELAY_MS)
        }
      },
      () => undefined
    )
    return () => {
      live = false
      cancelFirst()
      setBackupStatus({ firstScheduled: false })
    }
  }, [ctx, settings.backupFolder])

  useEffect(() => {
    let first = true
    let cancel: () => void = () => undefined
    const stop = watchRegisterChanges(ctx, () => {
      // The first value is the state on opening, not a change.
      if (first) {
        first = false
        return
      }
      changedSinceBackup.current = true
      cancel()
      cancel = whenIdle(() => void updateAnchor(ctx, settingsRef.current).catch(() => undefined), ANCHOR_DELAY_MS)
    })
    return () => {
      stop()
      cancel()
    }
  }, [ctx])

  useEffect(() => {
    const id = window.setInterval(() => {
      if (!changedSinceBackup.current) return
      changedSinceBackup.current = false
      // Staff saving throughout puts it off to the next interval; it never holds their saves.
      void runBackup(ctx, settingsRef.current, undefined, { canWait: true }).then((ok) => {
        if (!ok) changedSinceBackup.current = true
      })
    }, settings.backupIntervalMinutes * 60_000)
    return () => window.clearInterval(id)
  }, [ctx, settings.backupIntervalMinutes])

  useEffect(() => {
    onCloseRequested(async () => {
      if (changedSinceBackup.current) await runBackup(ctx, settingsRef.current)
    })
  }, [ctx])
}
