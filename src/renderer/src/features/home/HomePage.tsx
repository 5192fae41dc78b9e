import { Navigate } from 'react-router'

/** The logged-in staff member's start page: overdue, due soon, awaiting approval, on hold. */
export function HomePage() {
  return <Navigate to="/register" replace />
}
