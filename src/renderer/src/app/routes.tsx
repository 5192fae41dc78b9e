import type { RouteObject } from 'react-router'
import { Layout } from './Layout'
import { NotFound, RouteError } from './RouteError'
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
import { IncidentsPage } from '../features/incidents/IncidentsPage'
import { IncidentPage } from '../features/incidents/IncidentPage'
import { IncidentPrintPage } from '../features/incidents/IncidentPrintPage'
import { ReceiptSlipPage } from '../features/papers/ReceiptSlipPage'
import { RequestSummaryPage } from '../features/papers/RequestSummaryPage'
import { RequestFormPage } from '../features/papers/RequestFormPage'
import { ProvisionsPage } from '../features/provisions/ProvisionsPage'
import { InspectionPage } from '../features/inspection/InspectionPage'
import { ProvisionPrintPage } from '../features/provisions/ProvisionPrintPage'
import { ProcedurePage } from '../features/procedure/ProcedurePage'
import { ProcedurePrintPage } from '../features/procedure/ProcedurePrintPage'
import { ImportPage } from '../features/import/ImportPage'
import { HelpPage } from '../features/help/HelpPage'

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // A failure in the layout itself; a page's failure is caught below, inside the layout, with the menu usable.
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
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
          { path: 'incidents', element: <IncidentsPage /> },
          { path: 'incidents/:id', element: <IncidentPage /> },
          { path: 'incidents/:id/print', element: <IncidentPrintPage what="report" /> },
          { path: 'incidents/:id/notice', element: <IncidentPrintPage what="notice" /> },
          { path: 'requests/:id/papers/receipt', element: <ReceiptSlipPage /> },
          { path: 'requests/:id/papers/summary', element: <RequestSummaryPage /> },
          { path: 'forms/request', element: <RequestFormPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'provisions', element: <ProvisionsPage /> },
          { path: 'inspection', element: <InspectionPage /> },
          { path: 'provisions/print', element: <ProvisionPrintPage /> },
          { path: 'requests/:id/provision-records', element: <ProvisionPrintPage /> },
          { path: 'procedure', element: <ProcedurePage /> },
          { path: 'procedure/:id/print', element: <ProcedurePrintPage /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'help', element: <HelpPage /> },
          { path: '*', element: <NotFound /> }
        ]
      }
    ]
  }
]
