// The logged-in staff session. Idle for the configured minutes, or on demand, the app locks:
// every screen with personal data is replaced by the PIN screen until a PIN is entered. Unsaved input is
// kept in memory for the same staff member; another staff member starts on the home page without it. A session
// whose staff member is deactivated or changes role (on this PC or any other) ends at once: the staff table
// decides, not the session (the repositories check it again inside every manager-only write).
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Actor } from '../domain/staff'
import { discardDrafts, keepDrafts } from './drafts'
import { getStaff, recordSessionEvent, useLiveQuery } from '../db'
import { useDb } from './services'

interface Session {
  actor: Actor | null
  /** Who was working when the app locked; the PIN screen offers them first. */
  lastActor: Actor | null
  login: (actor: Actor) => void
  lock: () => void
}

const SessionContext = createContext<Session | null>(null)

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

export function SessionProvider({
  idleMinutes,
  onStaffChange,
  children
}: {
  idleMinutes: number
  /** Another staff member unlocked: leave the previous one's page. */
  onStaffChange: () => void
  children: ReactNode
}) {
  const [actor, setActor] = useState<Actor | null>(null)
  const [lastActor, setLastActor] = useState<Actor | null>(null)
  const ctx = useDb()
  // Who is logged in right now, for the access log of a lock (the idle timer fires outside React's render).
  const current = useRef<Actor | null>(null)
  const wasLocked = useRef(false)
  const lock = useCallback(() => {
    const who = current.current
    current.current = null
    setActor(null)
    if (who) {
      keepDrafts(who.id)
      wasLocked.current = true
      // A failed log write must not keep the screen unlocked: the lock happens first.
      void recordSessionEvent(ctx, who, 'lock').catch(() => undefined)
    }
  }, [ctx])
  const login = useCallback(
    (a: Actor) => {
      if (lastActor && lastActor.id !== a.id) {
        discardDrafts()
        onStaffChange()
      }
      current.current = a
      setActor(a)
      setLastActor(a)
      if (wasLocked.current) void recordSessionEvent(ctx, a, 'unlock').catch(() => undefined)
      wasLocked.current = false
    },
    [ctx, lastActor, onStaffChange]
  )

  const row = useLiveQuery(async () => (actor ? ((await getStaff(ctx, actor.id)) ?? null) : undefined), [ctx, actor])
  const stillValid = row === undefined || (row !== null && row.active && row.role === actor?.role)
  if (!stillValid && actor) {
    // Adjusting state while rendering (React's pattern for state derived from outside): the session ends now.
    setActor(null)
    setLastActor(null)
  }

  useEffect(() => {
    if (!actor) return
    let timer = window.setTimeout(lock, idleMinutes * 60_000)
    const onActivity = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(lock, idleMinutes * 60_000)
    }
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true })
    return () => {
      window.clearTimeout(timer)
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity)
    }
  }, [actor, idleMinutes, lock])

  const value = useMemo(() => ({ actor, lastActor, login, lock }), [actor, lastActor, login, lock])
  return <SessionContext value={value}>{children}</SessionContext>
}

export function useSession(): Session {
  const s = use(SessionContext)
  if (!s) throw new Error('useSession outside SessionProvider')
  return s
}

/** The logged-in actor; screens under the session gate can rely on it. */
export function useActor(): Actor {
  const { actor } = useSession()
  if (!actor) throw new Error('useActor without a logged-in actor')
  return actor
}
