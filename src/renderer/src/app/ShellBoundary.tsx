// The last guard around the whole app (login, first start, the gate): whatever throws outside the routes is shown
// as the Japanese failure page with a reload, and logged for IT.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { logError } from '../platform/log'
import { FailurePage, technicalDetail } from '../ui/FailurePage'

interface State {
  error: unknown
}

export class ShellBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    logError('shell', `${technicalDetail(error)}\n${info.componentStack ?? ''}`)
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children
    return (
      <main className="login">
        <FailurePage
          summary="予期しない問題が起きたため、画面を表示できませんでした。"
          detail={technicalDetail(this.state.error)}
          onRetry={() => {
            window.location.reload()
          }}
        />
      </main>
    )
  }
}
