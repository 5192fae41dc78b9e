// On opening, decides whether this is the register the anchor (or the backup folder) knows, a first start, or a
// register that vanished; only a register judged sound gets its anchor refreshed. The check reads only whether the
// register holds data; the anchor's refresh counts every table, so it waits until the first screens are drawn and
// the window is idle.
import { useEffect, useState } from 'react'
import { whenIdle } from '../../app/idle'
import { loadSettings, registerPresence, type DbContext } from '../../db'
import { judgeOpening, type RegisterOpening } from '../../domain/backup/vanished'
import { listBackups, readAnchor, type Anchor, type BackupListEntry } from '../../platform'
import { updateAnchor } from './runBackup'

export type Opening =
  | { kind: 'checking' }
  | { kind: 'ok' }
  | { kind: Exclude<RegisterOpening, 'ok'>; anchor: Anchor | null; folder: string; newest: BackupListEntry | null }

const holdsData = (e: BackupListEntry) => (e.manifest?.counts.audit ?? 0) > 0

/** How long after opening the anchor is refreshed (the PIN, the home page and the first screen come first). */
const ANCHOR_REFRESH_DELAY_MS = 30_000

export function useOpening(ctx: DbContext): [Opening, () => void] {
  const [opening, setOpening] = useState<Opening>({ kind: 'checking' })
  useEffect(() => {
    const live = { current: true }
    let cancelRefresh: () => void = () => undefined
    void (async () => {
      const [anchor, state] = await Promise.all([readAnchor().catch(() => null), registerPresence(ctx)])
      const folder = anchor?.backupFolder ?? ''
      const list = await listBackups(folder).catch(() => null)
      const newest = list?.entries.find(holdsData) ?? null
      const verdict = judgeOpening(anchor, state, newest !== null)
      if (!live.current) return
      // Refreshing the anchor need not hold up the first screen.
      if (verdict === 'ok')
        cancelRefresh = whenIdle(
          () =>
            void loadSettings(ctx)
              .then((s) => updateAnchor(ctx, s))
              .catch(() => undefined),
          ANCHOR_REFRESH_DELAY_MS
        )
      setOpening(verdict === 'ok' ? { kind: 'ok' } : { kind: verdict, anchor, folder: list?.folder ?? folder, newest })
    })()
    return () => {
      live.current = false
      cancelRefresh()
    }
  }, [ctx])
  return [opening, () => setOpening({ kind: 'ok' })]
}
