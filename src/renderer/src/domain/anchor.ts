// The anchor: this register's identity and each device's newest audit entry, kept OUTSIDE the database (SPEC.md
// "Where the data lives"), so that deleting the newest entries, or the whole database, can be told from a first
// start. Written after every committed write; the 監査記録 check compares the chains with its heads.
import { z } from 'zod'
import type { ChainHead } from './chainCheck'

const chainHeadSchema = z.object({
  deviceId: z.string().min(1),
  deviceSeq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/)
})

export const anchorSchema = z.object({
  clinicId: z.string().min(1),
  deviceId: z.string().min(1),
  heads: z.array(chainHeadSchema),
  /** Row counts per table at the last count (taken shortly after writes, not inside them). */
  counts: z.record(z.string(), z.number().int().min(0)),
  updatedAt: z.iso.datetime()
})

export type Anchor = z.infer<typeof anchorSchema>

/** The anchor after a committed write: the device's head moves forward only (two windows may race). */
export function withHead(
  anchor: Anchor | null,
  ids: { clinicId: string; deviceId: string },
  head: ChainHead,
  at: string
): Anchor {
  // An anchor of another register (a restore from another PC, a new start) is replaced, not merged.
  const same = anchor?.clinicId === ids.clinicId ? anchor : null
  const others = (same?.heads ?? []).filter((h) => h.deviceId !== head.deviceId)
  const known = same?.heads.find((h) => h.deviceId === head.deviceId)
  const kept = known && known.deviceSeq > head.deviceSeq ? known : head
  return {
    clinicId: ids.clinicId,
    deviceId: ids.deviceId,
    heads: [...others, kept],
    counts: same?.counts ?? {},
    updatedAt: at
  }
}

/** The heads the 監査記録 check compares with, if the anchor belongs to this register. */
export function anchoredHeads(anchor: Anchor | null, clinicId: string): ChainHead[] {
  return anchor?.clinicId === clinicId ? anchor.heads : []
}
