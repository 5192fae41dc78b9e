// Sharing the register between PCs (SPEC.md "Sharing the register between PCs"): what this PC needs to replicate
// with the clinic's CouchDB database. IT sets it in the machine policy (docs/it.md); staff never type it. One
// schema for main, which reads the policy and keeps the password with safeStorage, and the renderer, which syncs.
import { z } from 'zod'

/** The clinic's CouchDB server: https in production (http is accepted only for 127.0.0.1 and localhost). */
export const syncUrlSchema = z
  .string()
  .max(300)
  .regex(
    /^(?:https:\/\/[^\s/]+|http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?)\/?$/u,
    'サーバーの URL は https://サーバー名:6984 の形で書いてください'
  )

/** One database per clinic; CouchDB's own naming rule. */
export const syncDatabaseSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_$()+/-]{0,120}$/u, 'データベース名は小文字の英字で始めてください')

export const syncPolicySchema = z.discriminatedUnion('enabled', [
  /** A single PC: no server, no PouchDB work at all (the default). */
  z.object({ enabled: z.literal(false) }),
  z.object({
    enabled: z.literal(true),
    url: syncUrlSchema,
    database: syncDatabaseSchema,
    /** This PC's own CouchDB user (one per PC); the server refuses entries it did not write. */
    username: z.string().min(1).max(120),
    password: z.string().min(1).max(500)
  })
])

export type SyncPolicy = z.infer<typeof syncPolicySchema>
export type EnabledSyncPolicy = Extract<SyncPolicy, { enabled: true }>

/** In a browser (development and the end-to-end tests) the same shape is read from this localStorage key. */
export const BROWSER_SYNC_POLICY_KEY = 'kaiji.syncPolicy'

// ---- Documents in the clinic's CouchDB database (the design document in resources/couchdb/ checks them) ----

/** deviceSeq zero-padded, so ids sort in chain order. */
export const ENTRY_SEQ_DIGITS = 10

/** `<deviceId>:<deviceSeq>` — written by one PC only, so replication never conflicts. */
export function entryDocId(deviceId: string, deviceSeq: number): string {
  return `${deviceId}:${String(deviceSeq).padStart(ENTRY_SEQ_DIGITS, '0')}`
}

/** The PC that writes a device's entries declares itself once: `device:<deviceId>`, never changed. */
export function deviceDocId(deviceId: string): string {
  return `device:${deviceId}`
}

/** The clinic the database belongs to, written once by the first PC. */
export const CLINIC_DOC_ID = 'clinic'

/** 受付番号 blocks leased per year: `numbering:<year>`, its `next` only grows (compare-and-swap on _rev). */
export function numberingDocId(year: number): string {
  return `numbering:${year}`
}

export const DESIGN_DOC_ID = '_design/kaiji'
