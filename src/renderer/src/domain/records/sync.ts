// Rows kept for sharing the register between PCs (SPEC.md "Sharing the register between PCs").
import { z } from 'zod'
import { instant, rowIdentity } from './primitives'

/** A request whose history holds concurrent edits not yet resolved by a manager; derived from the entries. */
export const concurrentFlagSchema = z.object({
  /** The request's id. */
  id: z.string().min(1),
  receiptNo: z.string(),
  /** The entries folded onto a row their PC had not seen. */
  entryIds: z.array(z.string()).min(1),
  detectedAt: instant
})

/** A block of 受付番号 this PC leased from the clinic's server, used offline; `next` is the next unused. */
export const numberLeaseSchema = z.object({
  ...rowIdentity,
  year: z.number().int().min(2000).max(9999),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  next: z.number().int().min(1),
  createdAt: instant,
  updatedAt: instant
})

export type ConcurrentFlag = z.infer<typeof concurrentFlagSchema>
export type NumberLease = z.infer<typeof numberLeaseSchema>
