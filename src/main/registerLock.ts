// One writer per register. Electron's single-instance lock is per Windows session, so a second user signed in
// at the same time (fast user switching, RDP) would open the same profile; this lock file in the data folder
// stops that and says who has it open.
import { z } from 'zod'

export const lockOwnerSchema = z.object({
  pid: z.number().int(),
  user: z.string(),
  host: z.string(),
  startedAt: z.string(),
  /** Seconds since this PC started (os.uptime()) when the lock was taken; absent in locks of older versions. */
  uptime: z.number().nonnegative().optional()
})
export type LockOwner = z.infer<typeof lockOwnerSchema>

export interface LockDeps {
  /** Creates the file only if it does not exist (fs.writeFileSync with flag 'wx'); throws EEXIST otherwise. */
  createExclusive: (file: string, text: string) => void
  readText: (file: string) => string
  remove: (file: string) => void
  /** Whether a process with this id runs on this PC (process.kill(pid, 0): EPERM still means it runs). */
  isRunning: (pid: number) => boolean
  /** Seconds since this PC started (os.uptime()): it only grows until the next restart. */
  uptime: () => number
}

export type LockResult =
  | { kind: 'acquired'; owner: LockOwner }
  /** Held by this same Windows user on this PC: Electron's single-instance lock decides what happens. */
  | { kind: 'sameUser'; owner: LockOwner }
  | { kind: 'otherSession'; owner: LockOwner | undefined }

function code(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code
}

function readOwner(file: string, deps: LockDeps): LockOwner | undefined {
  try {
    const parsed = lockOwnerSchema.safeParse(JSON.parse(deps.readText(file)))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/**
 * A lock left by a process that is gone on this PC: one taken before the PC last restarted (its uptime was larger
 * than now), or whose process no longer runs. After a power loss the old process id may belong to another program,
 * so the restart is asked first. Another PC's lock (data on a share) is never judged stale.
 */
function isStale(owner: LockOwner | undefined, me: LockOwner, deps: LockDeps): boolean {
  if (owner === undefined || owner.host !== me.host) return false
  if (owner.uptime !== undefined && deps.uptime() < owner.uptime) return true
  return !deps.isRunning(owner.pid)
}

export function acquireRegisterLock(file: string, me: LockOwner, deps: LockDeps): LockResult {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      deps.createExclusive(file, JSON.stringify(me))
      return { kind: 'acquired', owner: me }
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error
    }
    const owner = readOwner(file, deps)
    if (attempt === 0 && isStale(owner, me, deps)) {
      // The app ended without releasing (crash, power loss). Remove it and try once more; if another session
      // wins that race, the second create fails and this one reports it.
      deps.remove(file)
      continue
    }
    if (owner && owner.host === me.host && owner.user === me.user) return { kind: 'sameUser', owner }
    return { kind: 'otherSession', owner }
  }
  return { kind: 'otherSession', owner: readOwner(file, deps) }
}

/** Takes over a lock this same user left (the single-instance lock proved no other copy of ours runs). */
export function takeOverRegisterLock(file: string, me: LockOwner, deps: LockDeps): LockResult {
  deps.remove(file)
  return acquireRegisterLock(file, me, deps)
}

/** Removes the lock on quit, only if it is still ours. */
export function releaseRegisterLock(file: string, me: LockOwner, deps: LockDeps): void {
  const owner = readOwner(file, deps)
  if (owner?.pid === me.pid && owner.host === me.host && owner.startedAt === me.startedAt) deps.remove(file)
}

/** The message the second session sees. */
export function lockedMessage(owner: LockOwner | undefined): string {
  const who = owner ? `${owner.user}（${owner.host}、${owner.startedAt} から）` : '別のユーザー'
  return (
    `受付簿は別のセッションで開かれています：${who}。\n` +
    '同じ受付簿に二人が同時に書き込むとデータが壊れるおそれがあるため、ここでは開けません。' +
    '開いている方に受付簿を終了してもらってから、もう一度起動してください。'
  )
}
