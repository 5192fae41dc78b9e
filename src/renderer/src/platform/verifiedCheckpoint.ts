// The heads the last clean 監査記録 check verified, so the next check hashes only entries written since, and the id
// of the trail kept with them (db/verifiedTrail.ts), so it reads only those entries.
// Losing it costs time, never safety: the check then verifies everything again.
import { z } from 'zod'
import type { ChainHead } from '../domain/chainCheck'

const CHECKPOINT_KEY = 'kaiji-uketsukebo:verified'

const checkpointSchema = z.object({
  clinicId: z.string(),
  /** Names the trail kept with these heads (absent in what earlier versions wrote). */
  id: z.string().optional(),
  heads: z.array(z.object({ deviceId: z.string(), deviceSeq: z.number().int().min(1), hash: z.string() }))
})

export interface Checkpoint {
  heads: ChainHead[]
  id: string | null
}

export function readCheckpoint(clinicId: string): Checkpoint {
  try {
    const parsed = checkpointSchema.safeParse(JSON.parse(localStorage.getItem(CHECKPOINT_KEY) ?? 'null'))
    if (parsed.success && parsed.data.clinicId === clinicId)
      return { heads: parsed.data.heads, id: parsed.data.id ?? null }
  } catch {
    /* unreadable: no checkpoint */
  }
  return { heads: [], id: null }
}

export function writeCheckpoint(clinicId: string, heads: readonly ChainHead[], id: string | null): void {
  localStorage.setItem(CHECKPOINT_KEY, JSON.stringify({ clinicId, heads, ...(id ? { id } : {}) }))
}
