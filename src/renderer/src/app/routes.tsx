import type { RouteObject } from 'react-router'
import { Layout } from './Layout'
import { RegisterPage } from '../features/register/RegisterPage'
import { IntakePage } from '../features/intake/IntakePage'
import { RequestPage } from '../features/register/RequestPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { HomePage } from '../features/home/HomePage'
import { MonthlyLogPage } from '../features/monthly-log/MonthlyLogPage'
import { LetterPage } from '../features/letters/LetterPage'
import { AuditPage } from '../features/audit/AuditPage'
import { ReceiptSlipPage } from '../features/papers/ReceiptSlipPage'
import { RequestSummaryPage } from '../features/papers/RequestSummaryPage'
import { RequestFormPage } from '../features/papers/RequestFormPage'
import { ImportPage } from '../features/import/ImportPage'
import { HelpPage } from '../features/help/HelpPage'

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'intake', element: <IntakePage /> },
      { path: 'requests/:id', element: <RequestPage /> },
      { path: 'requests/:id/letters/:template', element: <LetterPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'monthly-log', element: <MonthlyLogPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'requests/:id/papers/receipt', element: <ReceiptSlipPage /> },
      { path: 'requests/:id/papers/summary', element: <RequestSummaryPage /> },
      { path: 'forms/request', element: <RequestFormPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'help', element: <HelpPage /> }
    ]
  }
]
