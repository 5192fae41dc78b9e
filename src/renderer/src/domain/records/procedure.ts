// The published procedure for requests (APPI 32条1項, 37・38条; 令10・12・13条): each change is a new version with
// the date it takes effect, so every request is judged against the version in force on its 受付日.
import { z } from 'zod'
import { disclosureMethodId, instant, isoDate, rowIdentity } from './primitives'

const yen = z.number().int().min(0).max(100_000)

/** APPI 38条: fees at actual cost (MHLW 2018: a flat fee may be inappropriate), item by item. */
export const feeTableSchema = z.object({
  perRequest: yen,
  perPageBw: yen,
  perPageColour: yen,
  perDisc: yen,
  postage: yen,
  /** Per 30 minutes (or part) of a doctor's explanation, where the person asks for one. */
  explanationPer30Min: yen
})

export const procedureVersionSchema = z.object({
  ...rowIdentity,
  /** The first 受付日 this version applies to. */
  effectiveFrom: isoDate,
  whereToApply: z.string().max(1000),
  forms: z.string().max(1000),
  identityDocs: z.string().max(1000),
  feePayment: z.string().max(500),
  fees: feeTableSchema,
  /** The disclosure methods offered (33条1項: the person chooses). */
  methods: z.array(disclosureMethodId).min(1),
  complaintWindow: z.string().max(1000),
  createdAt: instant,
  updatedAt: instant
})

export type FeeTable = z.infer<typeof feeTableSchema>
export type ProcedureVersion = z.infer<typeof procedureVersionSchema>
