// The payloads of audit entries about a request, as written since the row hashes were added. They carry what
// replay needs (replay.ts): a create holds the whole row; a change holds every changed field's value before and
// after, and the row hashes before and after. Staff-typed text (reasons) lives here, never in the hashed summary,
// so a retention purge can blank it while the chain still verifies. Entries written before carry neither hash
// and parse as neither shape: they are "legacy" and the verifier says so instead of guessing.
import { z } from 'zod'
import { requestRecordSchema } from './records/request'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)

export const fieldChangeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })

/** request:create and request:import — the row as stored, less its derived search keys. */
export const requestCreatedPayloadSchema = z.object({
  row: requestRecordSchema.omit({ searchKeys: true }),
  after: sha256
})

/** Every later change (transitions, intake corrections, letters that notify). */
export const requestChangedPayloadSchema = z.object({
  changes: z.array(fieldChangeSchema),
  before: sha256,
  after: sha256,
  /** What staff typed with the change when the row does not keep it (e.g. why a request was withdrawn). */
  reason: z.string().optional()
})

export type RequestCreatedPayload = z.infer<typeof requestCreatedPayloadSchema>
export type RequestChangedPayload = z.infer<typeof requestChangedPayloadSchema>

export const CREATE_ACTIONS: readonly string[] = ['request:create', 'request:import']

/** Opening a request is recorded about it (the access log) but changes nothing in its row. */
export const VIEW_ACTION = 'request:view'

export type ReadPayload =
  | { kind: 'created'; payload: RequestCreatedPayload }
  | { kind: 'changed'; payload: RequestChangedPayload }
  | { kind: 'purged' }
  | { kind: 'legacy' }

/** Reads a request entry's payload: which shape it has, or purged (null), or legacy (written before hashes). */
export function readRequestPayload(action: string, payload: unknown): ReadPayload {
  if (payload === null) return { kind: 'purged' }
  if (CREATE_ACTIONS.includes(action)) {
    const created = requestCreatedPayloadSchema.safeParse(payload)
    return created.success ? { kind: 'created', payload: created.data } : { kind: 'legacy' }
  }
  const changed = requestChangedPayloadSchema.safeParse(payload)
  return changed.success ? { kind: 'changed', payload: changed.data } : { kind: 'legacy' }
}

/** The row hash an entry says it produced, without parsing the whole payload (the verifier reads 100,000s). */
export function afterHashOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('after' in payload)) return null
  const after: unknown = payload.after
  return typeof after === 'string' ? after : null
}
