// Taking one backup and recording it everywhere it must show: the file (or the browser store), the anchor file,
// and the status every screen reads. A failure is kept as a Japanese message until a backup succeeds.
import { BackupBusyError, exportBackup, registerState, type DbContext, type Progress } from '../../db'
import type { Settings } from '../../domain/settings'
import { appVersion, readAnchor, writeAnchor, writeBackup, type Anchor, type BackupManifest } from '../../platform'
import { getBackupStatus, setBackupStatus } from './backupStatus'

export function contactOf(settings: Settings): string {
  const { windowName, phone } = settings.letterhead
  return `${windowName}(電話 ${phone})`
}

/** Writes the anchor: proof, outside IndexedDB, that this register exists and how far its chains reach. */
export async function updateAnchor(ctx: DbContext, settings: Settings, lastBackupAt?: string): Promise<void> {
  const state = await registerState(ctx)
  const anchor: Anchor = {
    clinicId: state.clinicId,
    deviceId: state.deviceId,
    updatedAt: ctx.now().toISOString(),
    chainHeads: state.chainHeads,
    counts: state.counts,
    backupFolder: settings.backupFolder,
    contact: contactOf(settings),
    lastBackupAt: lastBackupAt ?? getBackupStatus().lastSuccessAt ?? (await readAnchor())?.lastBackupAt ?? null
  }
  await writeAnchor(anchor)
}

let inFlight: { run: Promise<BackupManifest | null>; canWait: boolean } | null = null

/**
 * Takes a backup now; returns its manifest, or null (and records the message) when it failed. Concurrent calls
 * share one run. `canWait`: an automatic backup while the app is open, which staff saving without a pause puts off
 * (null, no message: the next one tries again, and an overdue backup shows in red) rather than hold their saves.
 * A call that cannot wait (今すぐバックアップ, before a restore or a purge) never settles for such a put-off run:
 * it waits for it, then takes its own.
 */
export function runBackup(
  ctx: DbContext,
  settings: Settings,
  onProgress?: Progress,
  { canWait = false }: { canWait?: boolean } = {}
): Promise<BackupManifest | null> {
  if (inFlight && (canWait || !inFlight.canWait)) return inFlight.run
  if (inFlight) return inFlight.run.then((taken) => taken ?? runBackup(ctx, settings, onProgress))
  const run = (async () => {
    setBackupStatus({ running: true })
    try {
      const payload = await exportBackup(ctx, await appVersion(), onProgress, { holdWrites: !canWait })
      const manifest: BackupManifest = { ...payload.manifest, format: 'kaiji-uketsukebo-backup' }
      await writeBackup(settings.backupFolder, manifest, payload.content)
      setBackupStatus({ lastSuccessAt: manifest.createdAt, lastError: null })
      await updateAnchor(ctx, settings, manifest.createdAt)
      return manifest
    } catch (e) {
      if (e instanceof BackupBusyError) return null
      const detail = e instanceof Error ? e.message : String(e)
      setBackupStatus({
        lastError: `バックアップできませんでした。保存先のフォルダーを確かめてください。続く場合は情報システム担当に連絡してください。(${detail})`
      })
      return null
    } finally {
      setBackupStatus({ running: false })
      inFlight = null
    }
  })()
  inFlight = { run, canWait }
  return run
}
