// Keyboard and screen-reader users land on the new page's main heading after navigation, login, save and
// opening a request, instead of on <body>. Pages that load their data render the heading a moment later,
// so this waits for it (up to about two seconds).
import { useEffect } from 'react'

const MAX_FRAMES = 120

/** Focuses the main heading (or the main region) once; returns a function that stops waiting. */
export function focusMainHeading(): () => void {
  let frames = 0
  let handle = 0
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>('main h1')
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      heading.focus()
      return
    }
    if (++frames < MAX_FRAMES) handle = window.requestAnimationFrame(attempt)
    else document.querySelector<HTMLElement>('main')?.focus()
  }
  handle = window.requestAnimationFrame(attempt)
  return () => window.cancelAnimationFrame(handle)
}

/** On every change of page (not of its query string), focus moves to the new page's heading. */
export function useFocusMainHeading(pathname: string): void {
  useEffect(() => focusMainHeading(), [pathname])
}
