import { Navigate, type RouteObject } from 'react-router'
import { Layout } from './Layout'
import { RegisterPage } from '../features/register/RegisterPage'
import { IntakePage } from '../features/intake/IntakePage'
import { RequestPage } from '../features/register/RequestPage'
import { SettingsPage } from '../features/settings/SettingsPage'

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/register" replace /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'intake', element: <IntakePage /> },
      { path: 'requests/:id', element: <RequestPage /> },
      { path: 'settings', element: <SettingsPage /> }
    ]
  }
]
