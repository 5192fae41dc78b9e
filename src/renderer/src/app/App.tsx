import { createHashRouter, RouterProvider } from 'react-router'
import { countStaff, useLiveQuery } from '../db'
import { ServicesProvider, useDb } from './services'
import { SessionProvider, useSession } from './session'
import { useSettings } from './useSettings'
import { routes } from './routes'
import { LoginScreen } from '../features/staff/LoginScreen'
import { FirstRunScreen } from '../features/staff/FirstRunScreen'
import { installTestHooks } from './testHooks'

const router = createHashRouter(routes)

// Another staff member unlocking starts on the home page, never on the previous user's screen.
function toHome() {
  void router.navigate('/')
}

function Gate() {
  const ctx = useDb()
  const { actor } = useSession()
  const staffCount = useLiveQuery(() => countStaff(ctx), [ctx])
  if (staffCount === undefined) return <p className="loading">読み込み中…</p>
  if (staffCount === 0) return <FirstRunScreen />
  // Locked or logged out: nothing with personal data is rendered.
  if (!actor) return <LoginScreen />
  return <RouterProvider router={router} />
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
