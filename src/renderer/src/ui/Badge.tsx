import type { ReactNode } from 'react'

export function Badge({ tone, children }: { tone: 'neutral' | 'warning' | 'danger' | 'ok'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}
