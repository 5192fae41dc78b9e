// 提供記録・確認記録 (APPI 29条・30条, 規則19–24条): one row per record of a provision to a third party or a
// receipt from one, single or bulk, with the retention end computed from the rule that applies.
import { z } from 'zod'
import { instant, isoDate, rowIdentity } from './primitives'

export const provisionRecordSchema = z.object({
  ...rowIdentity,
  /** 'provision': we gave data to a third party (29条); 'receipt': we received it from one (30条). */
  direction: z.enum(['provision', 'receipt']),
  /** 'single': one record per provision; 'bulk': one record for continuous or repeated provisions (規則19条2項). */
  form: z.enum(['single', 'bulk']),
  /** A contract or similar document stands in for the record (規則19条3項・22条3項). */
  contract: z.boolean(),
  recordedOn: isoDate,
  /** The (last) date data was given or received; for bulk and contract records it moves with each provision. */
  lastProvidedOn: isoDate,
  counterpartyName: z.string().min(1).max(100),
  counterpartyAddress: z.string().max(200),
  counterpartyRepresentative: z.string().max(60),
  personName: z.string().min(1).max(60),
  personKana: z.string().max(60),
  dataItems: z.string().min(1).max(500),
  /** Provision: 本人の同意 or, without it (27条2項), the date given; receipt: how the provider obtained the data. */
  basis: z.enum(['consent', 'optOut', 'law', 'notApplicable']),
  /** Receipt: how the provider obtained the data (規則20条1項2号). Provision: how it was given. */
  howObtained: z.string().max(300),
  note: z.string().max(500),
  /** Computed from the fields above when the row is written (規則21条・24条). */
  retentionEnd: isoDate,
  createdAt: instant,
  updatedAt: instant
})

export type ProvisionRecord = z.infer<typeof provisionRecordSchema>
