// On opening, decides whether this is the register the anchor (or the backup folder) knows, a first start, or a
// register that vanished; only a register judged sound gets its anchor refreshed.
import { useEffect, useState } from 'react'
import { loadSettings, registerState, type DbContext } from '../../db'
import { judgeOpening, type RegisterOpening } from '../../domain/backup/vanished'
import { listBackups, readAnchor, type Anchor, type BackupListEntry } from '../../platform'
import { updateAnchor } from './runBackup'

export type Opening =
  | { kind: 'checking' }
  | { kind: 'ok' }
  | { kind: Exclude<RegisterOpening, 'ok'>; anchor: Anchor | null; folder: string; newest: BackupListEntry | null }

const holdsData = (e: BackupListEntry) => (e.manifest?.counts.audit ?? 0) > 0

export function useOpening(ctx: DbContext): [Opening, () => void] {
  const [opening, setOpening] = useState<Opening>({ kind: 'checking' })
  useEffect(() => {
    const live = { current: true }
    void (async () => {
      const [anchor, state] = await Promise.all([readAnchor().catch(() => null), registerState(ctx)])
      const folder = anchor?.backupFolder ?? ''
      const list = await listBackups(folder).catch(() => null)
      const newest = list?.entries.find(holdsData) ?? null
      const verdict = judgeOpening(anchor, state, newest !== null)
      // Refreshing the anchor need not hold up the first screen.
      if (verdict === 'ok')
        void loadSettings(ctx)
          .then((s) => updateAnchor(ctx, s))
          .catch(() => undefined)
      if (!live.current) return
      setOpening(verdict === 'ok' ? { kind: 'ok' } : { kind: verdict, anchor, folder: list?.folder ?? folder, newest })
    })()
    return () => {
      live.current = false
    }
  }, [ctx])
  return [opening, () => setOpening({ kind: 'ok' })]
}
