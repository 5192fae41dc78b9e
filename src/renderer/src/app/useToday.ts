// Today's date in Japan, refreshed each minute so days-left and overdue marks roll over at midnight.
import { useEffect, useState } from 'react'
import { tokyoDate } from '../domain/calendar'

export function useToday(): string {
  const [today, setToday] = useState(() => tokyoDate(new Date()))
  useEffect(() => {
    const t = window.setInterval(() => setToday(tokyoDate(new Date())), 60_000)
    return () => window.clearInterval(t)
  }, [])
  return today
}
