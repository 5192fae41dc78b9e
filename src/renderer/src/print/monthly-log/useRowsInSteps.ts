// A long table drawn in steps: its first rows at once, then a slice after each frame, so a month of thousands of
// requests shows its figures and first rows without waiting for the browser to lay out every row (at 3,500 rows
// that layout alone took about two seconds). A print or PDF never goes out with part of the table: printing draws
// what is left first (the browser's beforeprint, and drawAll() before a print or PDF started from a button).
import { useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** Rows drawn at once: more than a screen holds. */
export const FIRST_ROWS = 100
/** Rows added after each frame until the table is whole. */
export const ROWS_PER_STEP = 400

export interface RowsInSteps {
  /** How many of the rows are drawn now. */
  drawn: number
  /** Draws every row now (synchronously), before a print or PDF. */
  drawAll: () => void
}

/** `key` names the table's content: a new key (another month) starts again from its first rows. */
export function useRowsInSteps(total: number, key: string): RowsInSteps {
  const [state, setState] = useState({ key, drawn: FIRST_ROWS })
  if (state.key !== key) setState({ key, drawn: FIRST_ROWS })
  const drawn = Math.min(total, state.key === key ? state.drawn : FIRST_ROWS)

  useEffect(() => {
    if (drawn >= total) return
    let timer: number | undefined
    // After the frame that shows the rows drawn so far, the next slice.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        setState((s) => (s.key === key ? { key, drawn: s.drawn + ROWS_PER_STEP } : s))
      }, 0)
    })
    return () => {
      window.cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [drawn, total, key])

  const drawAll = useCallback(() => {
    flushSync(() => setState({ key, drawn: Math.max(total, FIRST_ROWS) }))
  }, [key, total])
  useEffect(() => {
    window.addEventListener('beforeprint', drawAll)
    return () => window.removeEventListener('beforeprint', drawAll)
  }, [drawAll])
  return { drawn, drawAll }
}
