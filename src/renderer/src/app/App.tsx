import { createHashRouter, RouterProvider } from 'react-router'
import { countStaff, useLiveQuery } from '../db'
import { ServicesProvider, useDb } from './services'
import { SessionProvider, useSession } from './session'
import { useSettings } from './useSettings'
import { routes } from './routes'
import { LoginScreen } from '../features/staff/LoginScreen'
import { FirstRunScreen } from '../features/staff/FirstRunScreen'
import { installTestHooks } from './testHooks'
import { useOpening } from '../features/backup/useOpening'
import { VanishedScreen } from '../features/backup/VanishedScreen'
import { BackupScheduler } from '../features/backup/BackupScheduler'

const router = createHashRouter(routes)

// Another staff member unlocking starts on the home page, never on the previous user's screen.
function toHome() {
  void router.navigate('/')
}

function Gate() {
  const ctx = useDb()
  const { actor } = useSession()
  const [opening, proceed] = useOpening(ctx)
  const staffCount = useLiveQuery(() => countStaff(ctx), [ctx])
  if (staffCount === undefined || opening.kind === 'checking') return <p className="loading">読み込み中…</p>
  // A register that existed here is never mistaken for a first start (SPEC.md "Where the data lives").
  if (opening.kind !== 'ok') return <VanishedScreen ctx={ctx} opening={opening} onContinue={proceed} />
  return (
    <>
      <BackupScheduler />
      {staffCount === 0 ? (
        <FirstRunScreen />
      ) : actor ? (
        <RouterProvider router={router} />
      ) : (
        // Locked or logged out: nothing with personal data is rendered.
        <LoginScreen />
      )}
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
    <ServicesProvider>
      <WithSession />
    </ServicesProvider>
  )
}
