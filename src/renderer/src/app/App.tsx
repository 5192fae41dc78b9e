import { useState } from 'react'
import { createHashRouter, RouterProvider } from 'react-router'
import { countStaff, getStaff, useLiveQuery } from '../db'
import { ServicesProvider, useDb } from './services'
import { SessionProvider, useSession } from './session'
import { useSettings } from './useSettings'
import { routes } from './routes'
import { LoginScreen } from '../features/staff/LoginScreen'
import { FirstRunScreen } from '../features/staff/FirstRunScreen'
import { ForcedPinChange } from '../features/staff/ForcedPinChange'
import { installTestHooks } from './testHooks'
import type { Actor, StaffRecord } from '../domain/staff'
import { useOpening } from '../features/backup/useOpening'
import { VanishedScreen } from '../features/backup/VanishedScreen'
import { BackupScheduler } from '../features/backup/BackupScheduler'
import { ShellBoundary } from './ShellBoundary'
import { MigrationCheck } from '../features/backup/MigrationCheck'

const router = createHashRouter(routes)

// Another staff member unlocking starts on the home page, never on the previous user's screen.
function toHome() {
  void router.navigate('/')
}

interface GatedProps {
  firstStart: boolean
  actor: Actor | null
  me: StaffRecord | null | undefined
}

/** Who sees what: the first start, the PIN screen (nothing personal while locked), a forced PIN change, the app. */
function GatedScreens({ firstStart, actor, me }: GatedProps) {
  if (firstStart && !actor) return <FirstRunScreen />
  if (!actor) return <LoginScreen />
  if (me === undefined) return <p className="loading">読み込み中…</p>
  if (me?.mustChangePin === true) return <ForcedPinChange actor={actor} />
  return <RouterProvider router={router} />
}

function Gate() {
  const ctx = useDb()
  const { actor } = useSession()
  const [opening, proceed] = useOpening(ctx)
  const staffCount = useLiveQuery(() => countStaff(ctx), [ctx])
  const me = useLiveQuery(async () => (actor ? ((await getStaff(ctx, actor.id)) ?? null) : null), [ctx, actor])
  // The first start stays on its screen (the 復旧コード sheet follows the first manager) until that manager is in.
  const [firstStart, setFirstStart] = useState(false)
  if (staffCount === 0 && !firstStart) setFirstStart(true)
  if (firstStart && actor) setFirstStart(false)
  if (staffCount === undefined || opening.kind === 'checking') return <p className="loading">読み込み中…</p>
  // A register that existed here is never mistaken for a first start (SPEC.md "Where the data lives").
  if (opening.kind !== 'ok') return <VanishedScreen ctx={ctx} opening={opening} onContinue={proceed} />
  return (
    <>
      {/* A register a newer version wrote is backed up by that version, not as this version's data. */}
      {!ctx.readOnly && <BackupScheduler />}
      {!ctx.readOnly && <MigrationCheck />}
      <GatedScreens firstStart={firstStart} actor={actor} me={me} />
    </>
  )
}

function WithSession() {
  const settings = useSettings()
  const ctx = useDb()
  installTestHooks(ctx)
  return (
    <SessionProvider idleMinutes={settings.idleLockMinutes} onStaffChange={toHome}>
      <Gate />
    </SessionProvider>
  )
}

export function App() {
  return (
    <ShellBoundary>
      <ServicesProvider>
        <WithSession />
      </ServicesProvider>
    </ShellBoundary>
  )
}
