import type { RouteObject } from 'react-router'
import { Layout } from './Layout'
import { RegisterPage } from '../features/register/RegisterPage'
import { IntakePage } from '../features/intake/IntakePage'
import { CorrectionPage } from '../features/intake/CorrectionPage'
import { AccountPage } from '../features/staff/AccountPage'
import { RequestPage } from '../features/register/RequestPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { HomePage } from '../features/home/HomePage'
import { MonthlyLogPage } from '../features/monthly-log/MonthlyLogPage'
import { LetterPage } from '../features/letters/LetterPage'
import { AuditPage } from '../features/audit/AuditPage'

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'intake', element: <IntakePage /> },
      { path: 'requests/:id', element: <RequestPage /> },
      { path: 'requests/:id/edit', element: <CorrectionPage /> },
      { path: 'requests/:id/letters/:template', element: <LetterPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'monthly-log', element: <MonthlyLogPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'account', element: <AccountPage /> }
    ]
  }
]
