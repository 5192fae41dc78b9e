// Keeps the anchor up to date: each committed write moves this device's head at once; the row counts follow once
// the writes pause and the window is idle, counted outside any write so a save never waits for them, and never
// beside the screen the person has just opened (counting walks every row: about a second for 40,000 audit entries).
import { registerCounts, type DbContext } from '../db'
import type { ChainHead } from '../domain/chainCheck'
import { withHead } from '../domain/anchor'
import { readAnchor, writeAnchor } from '../platform/anchor'
import { whenIdle } from './idle'

const COUNT_DELAY_MS = 10_000

export function anchorOnCommit(ctx: DbContext): (head: ChainHead) => void {
  let cancel: () => void = () => undefined
  const countLater = () => {
    cancel()
    cancel = whenIdle(() => {
      void registerCounts(ctx).then((counts) => {
        const anchor = readAnchor()
        if (anchor?.clinicId === ctx.clinicId) writeAnchor({ ...anchor, counts })
      })
    }, COUNT_DELAY_MS)
  }
  return (head) => {
    try {
      writeAnchor(withHead(readAnchor(), ctx, head, ctx.now().toISOString()))
      countLater()
    } catch {
      // A full or blocked localStorage must not turn a committed save into an error; the check then reports
      // nothing about the newest entries, as before anchors existed.
    }
  }
}
