// Dates on screens as 設定 says (西暦 or 和暦), always with the weekday staff plan by.
import { useCallback } from 'react'
import { formatScreenDate, type IsoDate } from '../domain/calendar'
import { useSettings } from './useSettings'

export function useScreenDate(): (date: IsoDate) => string {
  const style = useSettings().screenDateStyle
  return useCallback((date: IsoDate) => formatScreenDate(date, style), [style])
}
