// Sharing the register with the clinic's CouchDB server (SPEC.md "Sharing the register between PCs"): PouchDB
// replicates this PC's copy both ways, live, retrying while the server is away. This module runs the outbox after
// every commit, the inbox after every pull, keeps 受付番号 leased, and tells the screens how it stands.
// Nothing here runs on a single PC without a server: the app starts it only when IT's policy names one.
import type { DbContext } from '../context'
import { tokyoDate } from '../../domain/calendar'
import type { Refusal } from '../../domain/sync/incoming'
import { CLINIC_DOC_ID, deviceDocId } from '../../../../shared/syncPolicy'
import { pushOutbox } from './outbox'
import { applyInbox } from './inbox'
import { leasedLeft, topUpLease } from './leases'
import { clinicDocSchema } from './docs'
import {
  PouchDB,
  isConflict,
  isNotFound,
  openLocal,
  openRemote,
  type Pouch,
  type PouchError,
  type RemoteAccess,
  type SyncHandler
} from './pouch'

export type SyncState = 'connecting' | 'syncing' | 'synced' | 'offline' | 'error'

export interface SyncStatus {
  state: SyncState
  /** When the server last confirmed everything was exchanged (ISO instant). */
  lastSyncAt: string | null
  /** A problem in Japanese, for staff and IT. */
  message: string | null
  /** Entries from other PCs refused by the chain check. */
  refused: Refusal[]
  /** 受付番号 this PC can still give out this year, offline. */
  numbersLeft: number | null
}

export interface SyncService {
  status(): SyncStatus
  subscribe(listener: (status: SyncStatus) => void): () => void
  /** Called after each committed write: copies the new entries to PouchDB soon. */
  kick(): void
  stop(): void
  /** Resolves when the work scheduled so far (outbox, inbox) is done; for tests and the join at start. */
  idle(): Promise<void>
  /**
   * Waits, at most `ms`, while this PC is still getting its first 受付番号 of the year from the server (a PC that
   * has just started, or joined). True once it has numbers; false at once when it is offline or in error, or
   * when the time is up, so an intake then says there are no numbers instead of waiting on.
   */
  whenNumbersReady(ms: number): Promise<boolean>
}

export class ClinicMismatchError extends Error {}

const RETRY_FIRST_MS = 2_000
const RETRY_MAX_MS = 15_000
/** How often an idle PC checks that the server still answers, and how long it waits for the answer. */
const PROBE_EVERY_MS = 10_000
const PROBE_TIMEOUT_MS = 5_000
const KICK_DELAY_MS = 50

function reasonOf(e: unknown): string {
  if (typeof e === 'object' && e !== null) {
    const err = e as PouchError
    return err.reason ?? err.message ?? err.name ?? 'unknown'
  }
  return String(e)
}

function isUnreachable(e: unknown): boolean {
  const err = e as PouchError | null
  return !err || err.status === undefined || err.status === 0 || err.status >= 500
}

/**
 * Checks the server's database belongs to this clinic (or claims it for this clinic when it is new) and declares
 * this PC. Throws ClinicMismatchError when the database is another clinic's.
 */
export async function prepareServer(ctx: DbContext, local: Pouch, remote: Pouch, writer: string): Promise<void> {
  let clinic: unknown
  try {
    clinic = await remote.get(CLINIC_DOC_ID)
  } catch (e) {
    if (!isNotFound(e)) throw e
    try {
      await remote.put({
        _id: CLINIC_DOC_ID,
        type: 'clinic',
        clinicId: ctx.clinicId,
        createdAt: ctx.now().toISOString()
      })
    } catch (put) {
      if (!isConflict(put)) throw put
    }
    clinic = await remote.get(CLINIC_DOC_ID)
  }
  const parsed = clinicDocSchema.safeParse(clinic)
  if (!parsed.success || parsed.data.clinicId !== ctx.clinicId)
    throw new ClinicMismatchError(
      'サーバーのデータベースは別の医療機関(または別の受付簿)のものです。同期を止めています。情報システム担当に連絡してください。'
    )
  try {
    await local.put({
      _id: deviceDocId(ctx.deviceId),
      type: 'device',
      writer,
      deviceId: ctx.deviceId,
      clinicId: ctx.clinicId,
      createdAt: ctx.now().toISOString()
    })
  } catch (e) {
    if (!isConflict(e)) throw e
  }
}

/** The clinic a server database belongs to, or null when it is new or cannot be reached. */
export async function serverClinicId(remote: Pouch): Promise<string | null> {
  try {
    const parsed = clinicDocSchema.safeParse(await remote.get(CLINIC_DOC_ID))
    return parsed.success ? parsed.data.clinicId : null
  } catch {
    return null
  }
}

export interface StartOptions {
  /** Injected in tests (PouchDB's memory adapter, or a second page's server). */
  local?: Pouch
  remote?: Pouch
  /** Told when a join starts taking the register from the server (the screen says so: it can take minutes). */
  onJoining?: () => void
}

export function startSync(ctx: DbContext, access: RemoteAccess, options: StartOptions = {}): SyncService {
  const local = options.local ?? openLocal(access.database)
  const remote = options.remote ?? openRemote(access)
  const writer = access.username
  const listeners = new Set<(s: SyncStatus) => void>()
  let status: SyncStatus = { state: 'connecting', lastSyncAt: null, message: null, refused: [], numbersLeft: null }
  let handler: SyncHandler | null = null
  let stopped = false
  const isStopped = () => stopped
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let kickTimer: ReturnType<typeof setTimeout> | undefined
  // One piece of work at a time, in order: outbox, inbox, leases.
  let chain: Promise<void> = Promise.resolve()

  const set = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch }
    for (const l of listeners) l(status)
  }
  const fail = (e: unknown) => {
    if (e instanceof ClinicMismatchError) set({ state: 'error', message: e.message })
    else set({ state: 'error', message: `同期できませんでした: ${reasonOf(e)}` })
  }
  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch(fail)
    return chain
  }
  const year = () => Number(tokyoDate(ctx.now()).slice(0, 4))
  /** In December a PC also leases next year's first block, so New Year's first intakes work offline too. */
  const leaseYears = () => {
    const today = tokyoDate(ctx.now())
    const y = Number(today.slice(0, 4))
    return today.slice(5, 7) === '12' ? [y, y + 1] : [y]
  }

  const outbox = () =>
    enqueue(async () => {
      await pushOutbox(ctx, local, writer)
    })
  const inbox = () =>
    enqueue(async () => {
      const result = await applyInbox(ctx, local)
      if (result.refused.length > 0) {
        const refused = [...status.refused, ...result.refused]
        set({ refused, message: `他の PC から届いた記録を受け付けませんでした(${refused[0]?.message ?? ''})` })
      }
    })

  const startLive = () => {
    handler = PouchDB.sync(local, remote, {
      live: true,
      retry: true,
      batch_size: 500,
      // PouchDB's default waits up to 10 minutes between retries; a counter needs to hear back sooner.
      back_off_function: (delay) => (delay === 0 ? 1_000 : Math.min(delay * 2, RETRY_MAX_MS))
    })
      .on('active', () => set({ state: 'syncing' }))
      .on('change', (info) => {
        if (info.direction === 'pull') void inbox()
      })
      .on('paused', (err) => {
        if (err) {
          set({ state: 'offline' })
          return
        }
        void inbox()
        void enqueue(async () => {
          for (const y of leaseYears()) await topUpLease(ctx, remote, writer, y)
          const message = status.refused.length > 0 ? status.message : null
          set({
            state: 'synced',
            lastSyncAt: ctx.now().toISOString(),
            message,
            numbersLeft: await leasedLeft(ctx, year())
          })
        })
      })
      .on('denied', (err) => set({ state: 'error', message: `サーバーが記録を受け付けませんでした: ${reasonOf(err)}` }))
      .on('error', (err) => {
        if (isUnreachable(err)) set({ state: 'offline' })
        else fail(err)
      })
  }

  // PouchDB notices a lost server only at its next request; a small probe tells staff at once, and restarts the
  // exchange as soon as the server answers again instead of waiting out PouchDB's back-off.
  let probeTimer: ReturnType<typeof setInterval> | undefined
  const probe = async () => {
    if (isStopped() || !handler || status.state === 'error') return
    const answered = await Promise.race([
      remote.info().then(
        () => true,
        () => false
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS))
    ])
    if (isStopped()) return
    if (!answered) set({ state: 'offline' })
    else if (status.state === 'offline') {
      handler.cancel()
      startLive()
    }
  }

  const connect = async (delay: number) => {
    if (stopped) return
    try {
      await prepareServer(ctx, local, remote, writer)
    } catch (e) {
      if (e instanceof ClinicMismatchError) {
        fail(e)
        return
      }
      set({ state: 'offline' })
      retryTimer = setTimeout(() => void connect(Math.min(delay * 2, RETRY_MAX_MS)), delay)
      return
    }
    // stop() may have come while the server answered.
    if (isStopped()) return
    await outbox()
    await inbox()
    startLive()
    probeTimer = setInterval(() => void probe(), PROBE_EVERY_MS)
  }

  void (async () => {
    // Entries committed while the app was closed (or just before a crash) are copied before anything else.
    await outbox()
    set({ numbersLeft: await leasedLeft(ctx, year()) })
    await connect(RETRY_FIRST_MS)
  })()

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    kick() {
      clearTimeout(kickTimer)
      kickTimer = setTimeout(() => {
        void probe()
        void outbox()
        void enqueue(async () => set({ numbersLeft: await leasedLeft(ctx, year()) }))
      }, KICK_DELAY_MS)
    },
    stop() {
      stopped = true
      clearTimeout(retryTimer)
      clearTimeout(kickTimer)
      clearInterval(probeTimer)
      handler?.cancel()
    },
    idle: () => chain,
    whenNumbersReady(ms) {
      const ready = (s: SyncStatus) => (s.numbersLeft ?? 0) > 0
      const givenUp = (s: SyncStatus) => s.state === 'offline' || s.state === 'error'
      if (ready(status) || givenUp(status)) return Promise.resolve(ready(status))
      return new Promise<boolean>((resolve) => {
        const done = (result: boolean) => {
          clearTimeout(timer)
          listeners.delete(listener)
          resolve(result)
        }
        const listener = (s: SyncStatus) => {
          if (ready(s) || givenUp(s)) done(ready(s))
        }
        const timer = setTimeout(() => done(ready(status)), ms)
        listeners.add(listener)
      })
    }
  }
}

/**
 * A new PC joining a clinic whose register is already on the server: when this PC's register is still empty, it
 * takes the clinic's identity and everything the server holds (staff and their PINs included) before anyone logs
 * in. Returns the context to use (unchanged when there is nothing to join or the server cannot be reached).
 */
export async function joinClinic(ctx: DbContext, access: RemoteAccess, options: StartOptions = {}): Promise<DbContext> {
  if ((await ctx.db.audit.count()) > 0 || (await ctx.db.staff.count()) > 0) return ctx
  const remote = options.remote ?? openRemote(access)
  const clinicId = await serverClinicId(remote)
  if (clinicId === null) return ctx
  options.onJoining?.()
  if (clinicId !== ctx.clinicId) await ctx.db.device.update('this', { clinicId })
  const joined: DbContext = { ...ctx, clinicId }
  const local = options.local ?? openLocal(access.database)
  await local.replicate.from(remote, { batch_size: 500 })
  await applyInbox(joined, local)
  return joined
}
