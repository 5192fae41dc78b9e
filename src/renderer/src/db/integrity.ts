// The 監査記録 check over the whole register, in pages read by [deviceId+deviceSeq] so 500,000 entries never sit
// in memory at once, yielding between pages so the window stays responsive. It proves: each device's chain is
// whole (nothing edited, a missing entry named by its number, deleted newest entries found against the anchored
// head); every request row is what its latest entry produced; every 受付番号 given out has its request.
import { Dexie } from 'dexie'
import { createChainCheck, type ChainHead, type ChainProblem } from '../domain/chainCheck'
import {
  checkRow,
  copyTrailIndex,
  missingRequests,
  newTrailIndex,
  noteEntry,
  type RecordProblem,
  type TrailIndex
} from '../domain/recordCheck'
import type { AuditEntry } from '../domain/audit'
import type { DbContext } from './context'
import type { RequestRecord } from '../domain/request'
import { requestRowHash, requestRowHashAsync } from '../domain/requestHash'
import { foldRequest } from '../domain/sync/fold'

export const VERIFY_PAGE = 1000
/** Entries or rows checked between two looks at the clock (each is hashed: 0.1–0.3 ms apiece). */
const SLICE = 50
/** Longest the check holds the window before it lets a frame be drawn. */
const FRAME_BUDGET_MS = 40

export type IntegrityProblem = (ChainProblem & { receiptNo?: undefined }) | (RecordProblem & { deviceSeq?: undefined })

export interface IntegrityReport {
  /** Audit entries read. */
  checked: number
  devices: number
  requests: number
  /** Requests whose newest entry predates row hashes: their rows cannot be compared yet. */
  legacyRequests: number
  problems: IntegrityProblem[]
  /** Each device's newest entry, for the next check's checkpoint (store it only when there were no problems). */
  heads: ChainHead[]
  /** What the trail says about each request as of `heads`: kept with the checkpoint, the next check starts there. */
  trail: TrailIndex
}

export interface VerifyOptions {
  /** Heads recorded outside the database (anchor file, backup manifest, printed monthly log). */
  anchors?: readonly ChainHead[]
  /** Heads a previous check verified: entries up to them are not hashed again. */
  checkpoint?: readonly ChainHead[]
  /**
   * The trail as of `checkpoint` (the report's `trail` of the check that set it): entries up to the checkpoint
   * are then not read at all, only what was written since. Without it every entry is read.
   */
  trail?: TrailIndex
  onProgress?: (done: number, total: number) => void
  pageSize?: number
}

/**
 * Lets the window draw a frame once the check has held it for FRAME_BUDGET_MS (not after every page: a timer's
 * own delay, paid 500 times, would add seconds). Does nothing when `on` is false (inside a transaction).
 */
function frameGiver(on: boolean): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (!on || performance.now() - since < FRAME_BUDGET_MS) return
    await new Promise<void>((resolve) => setTimeout(resolve, 0))
    since = performance.now()
  }
}

async function deviceIds(ctx: DbContext): Promise<string[]> {
  const ids: string[] = []
  const index = ctx.db.audit.where('[deviceId+deviceSeq]')
  let next = await ctx.db.audit.orderBy('[deviceId+deviceSeq]').first()
  while (next) {
    ids.push(next.deviceId)
    next = await index.above([next.deviceId, Dexie.maxKey]).first()
  }
  return ids
}

/**
 * A request edited on two PCs at once is the fold of both PCs' entries, so its row is not what any one entry
 * produced. It is sound when folding its entries again gives exactly the stored row (rare: checked one by one).
 */
async function convergedRow(ctx: DbContext, row: RequestRecord): Promise<boolean> {
  const entries = (await ctx.db.audit.where('entityId').equals(row.id).toArray()).filter((e) => e.entity === 'request')
  const folded = foldRequest(entries)
  return folded.ok && requestRowHash(folded.row) === requestRowHash(row)
}

/**
 * Each row's requestRowHash, by WebCrypto: the canonical texts are made here a slice at a time (the window draws
 * between slices), the SHA-256 runs off the page's thread.
 */
async function rowHashes(rows: readonly RequestRecord[], giveFrame: () => Promise<void>): Promise<string[]> {
  const hashes: Promise<string>[] = []
  for (let i = 0; i < rows.length; i += SLICE) {
    for (const row of rows.slice(i, i + SLICE)) hashes.push(requestRowHashAsync(row))
    await giveFrame()
  }
  return Promise.all(hashes)
}

export interface ChainsOptions {
  anchors?: readonly ChainHead[]
  checkpoint?: readonly ChainHead[]
  pageSize?: number
  /** Each page as it is read (after its check). */
  onEntries?: (entries: readonly AuditEntry[]) => void
  /** Yield to the window between pages; never inside a transaction, which would end it. */
  pause?: boolean
  /** Check links, numbering and heads only: each entry's own hashes were checked as it was read (a restore). */
  linksOnly?: boolean
  /** Read each checkpointed device's chain from its checkpoint on, not from its first entry. */
  fromCheckpoint?: boolean
}

/** Every device's chain, page by page in deviceSeq order: the problems found and each device's head. */
export async function verifyAuditChains(
  ctx: DbContext,
  options: ChainsOptions = {}
): Promise<{ problems: ChainProblem[]; heads: ChainHead[]; devices: number }> {
  const { db } = ctx
  const page = options.pageSize ?? VERIFY_PAGE
  const problems: ChainProblem[] = []
  const heads: ChainHead[] = []
  const devices = new Set([...(await deviceIds(ctx)), ...(options.anchors ?? []).map((a) => a.deviceId)])
  const giveFrame = frameGiver(options.pause ?? false)
  for (const deviceId of devices) {
    const checkpoint = options.checkpoint?.find((c) => c.deviceId === deviceId) ?? null
    const check = createChainCheck(deviceId, {
      anchor: options.anchors?.find((a) => a.deviceId === deviceId) ?? null,
      checkpoint,
      fromCheckpoint: options.fromCheckpoint
    })
    const readEntries = (afterSeq: number) =>
      db.audit
        .where('[deviceId+deviceSeq]')
        .between([deviceId, afterSeq], [deviceId, Dexie.maxKey], false, true)
        .limit(page)
        .toArray()
    let pending = readEntries(options.fromCheckpoint && checkpoint ? checkpoint.deviceSeq - 1 : 0)
    for (;;) {
      const entries = await pending
      const last = entries.at(-1)
      const more = last !== undefined && entries.length === page
      // The next page is read while this one is checked.
      if (more) pending = readEntries(last.deviceSeq)
      for (let i = 0; i < entries.length; i += SLICE) {
        const slice = entries.slice(i, i + SLICE)
        if (options.linksOnly) check.pushLinks(slice)
        else check.push(slice)
        options.onEntries?.(slice)
        await giveFrame()
      }
      if (!more) break
    }
    problems.push(...check.end())
    const head = check.head()
    if (head) heads.push(head)
  }
  return { problems, heads, devices: devices.size }
}

/** Entries the check will read: all of them, or those from each device's checkpoint on. */
async function entriesToRead(ctx: DbContext, checkpoint: readonly ChainHead[] | null): Promise<number> {
  const { audit } = ctx.db
  if (!checkpoint) return audit.count()
  const counts = await Promise.all(
    (await deviceIds(ctx)).map((deviceId) => {
      const from = checkpoint.find((c) => c.deviceId === deviceId)?.deviceSeq ?? 0
      return audit.where('[deviceId+deviceSeq]').between([deviceId, from], [deviceId, Dexie.maxKey]).count()
    })
  )
  return counts.reduce((a, b) => a + b, 0)
}

export async function verifyRegister(ctx: DbContext, options: VerifyOptions = {}): Promise<IntegrityReport> {
  const { db } = ctx
  const page = options.pageSize ?? VERIFY_PAGE
  // A kept trail stands for the entries up to the checkpoint only together with that checkpoint.
  const resume = options.trail !== undefined && (options.checkpoint?.length ?? 0) > 0
  const requestCount = await db.requests.count()
  const total = (await entriesToRead(ctx, resume ? (options.checkpoint ?? []) : null)) + requestCount
  let done = 0
  const progress = (n: number) => {
    done += n
    options.onProgress?.(done, total)
  }
  const index = resume && options.trail ? copyTrailIndex(options.trail) : newTrailIndex()
  const giveFrame = frameGiver(true)
  const chains = await verifyAuditChains(ctx, {
    anchors: options.anchors,
    checkpoint: options.checkpoint,
    fromCheckpoint: resume,
    pageSize: page,
    pause: true,
    onEntries: (entries) => {
      for (const e of entries) noteEntry(index, e)
      progress(entries.length)
    }
  })
  const problems: IntegrityProblem[] = [...chains.problems]
  const heads = chains.heads

  const storedIds = new Set<string>()
  const storedReceiptNos = new Set<string>()
  let legacy = 0
  const readRows = (after: string) => db.requests.where(':id').above(after).limit(page).toArray()
  let pending = readRows('')
  for (;;) {
    const rows = await pending
    const last = rows.at(-1)
    const more = last !== undefined && rows.length === page
    // The next page is read while this one is hashed, so IndexedDB and the hashing overlap.
    if (more) pending = readRows(last.id)
    const hashes = await rowHashes(rows, giveFrame)
    for (const [i, row] of rows.entries()) {
      storedIds.add(row.id)
      storedReceiptNos.add(row.receiptNo)
      const trace = index.requests.get(row.id)
      if (trace && trace.after === null) legacy += 1
      const problem = checkRow(row, trace, hashes[i])
      if (problem && !(problem.kind === 'rowChanged' && (await convergedRow(ctx, row)))) problems.push(problem)
    }
    progress(rows.length)
    if (!more) break
  }
  const numbering = await db.numbering.toArray()
  const shared = (await db.leases.count()) > 0
  problems.push(...missingRequests(index, storedIds, storedReceiptNos, numbering, shared))
  return {
    checked: done - requestCount,
    devices: chains.devices,
    requests: requestCount,
    legacyRequests: legacy,
    problems,
    heads,
    trail: index
  }
}

/** Row counts per table, for the anchor and backup manifests. */
export async function registerCounts(ctx: DbContext): Promise<Record<string, number>> {
  const { db } = ctx
  const tables = [db.requests, db.letters, db.staff, db.audit, db.numbering]
  const counts = await Promise.all(tables.map(async (t) => [t.name, await t.count()] as const))
  return Object.fromEntries(counts)
}

/** This device's newest entry (printed on the monthly log so the paper, too, anchors the chain). */
export async function chainHead(ctx: DbContext): Promise<ChainHead | null> {
  const last = await ctx.db.audit
    .where('[deviceId+deviceSeq]')
    .between([ctx.deviceId, Dexie.minKey], [ctx.deviceId, Dexie.maxKey])
    .last()
  return last ? { deviceId: last.deviceId, deviceSeq: last.deviceSeq, hash: last.hash } : null
}
