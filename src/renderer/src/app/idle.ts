// Work that need not hold up what a person is waiting for (refreshing the anchors' row counts, a first backup):
// started after a delay, once the window is idle, and cancellable when the screen that asked for it goes away.

/** How long an idle task may wait for an idle moment once its delay has passed, in milliseconds. */
const IDLE_TIMEOUT_MS = 10_000

/** Runs `task` once `delayMs` have passed and the window is idle; returns the function that cancels it. */
export function whenIdle(task: () => void, delayMs: number): () => void {
  let idle: number | undefined
  let fallback: number | undefined
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function')
      idle = window.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS })
    else fallback = window.setTimeout(task, 0)
  }, delayMs)
  return () => {
    window.clearTimeout(timer)
    window.clearTimeout(fallback)
    if (idle !== undefined) window.cancelIdleCallback(idle)
  }
}
