// The heads the last clean 監査記録 check verified, so the next check hashes only entries written since.
// Losing it costs time, never safety: the check then verifies everything again.
import { z } from 'zod'
import type { ChainHead } from '../domain/chainCheck'

const CHECKPOINT_KEY = 'kaiji-uketsukebo:verified'

const checkpointSchema = z.object({
  clinicId: z.string(),
  heads: z.array(z.object({ deviceId: z.string(), deviceSeq: z.number().int().min(1), hash: z.string() }))
})

export function readCheckpoint(clinicId: string): ChainHead[] {
  try {
    const parsed = checkpointSchema.safeParse(JSON.parse(localStorage.getItem(CHECKPOINT_KEY) ?? 'null'))
    return parsed.success && parsed.data.clinicId === clinicId ? parsed.data.heads : []
  } catch {
    return []
  }
}

export function writeCheckpoint(clinicId: string, heads: readonly ChainHead[]): void {
  localStorage.setItem(CHECKPOINT_KEY, JSON.stringify({ clinicId, heads }))
}
