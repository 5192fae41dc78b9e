import { describe, expect, it } from 'vitest'
import { formatScreenDate } from '../../../src/renderer/src/domain/calendar'
import { DEFAULT_SETTINGS, restoreSettings } from '../../../src/renderer/src/domain/settings'

describe('dates on screens', () => {
  it.each([
    ['2026-11-25', 'seireki', '2026/11/25(水)'],
    ['2026-11-25', 'wareki', 'R8.11.25(水)'],
    ['2019-05-01', 'wareki', 'R1.5.1(水)'],
    ['2019-04-30', 'wareki', 'H31.4.30(火)'],
    ['1989-01-07', 'wareki', 'S64.1.7(土)'],
    ['1989-01-08', 'wareki', 'H1.1.8(日)']
  ] as const)('%s in %s is %s', (date, style, shown) => {
    expect(formatScreenDate(date, style)).toBe(shown)
  })

  it('defaults to 西暦 with the weekday, also for settings saved before the choice existed', () => {
    expect(DEFAULT_SETTINGS.screenDateStyle).toBe('seireki')
    const older: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS, dateStyle: 'wareki' }
    delete older.screenDateStyle
    expect(restoreSettings(older).screenDateStyle).toBe('seireki')
  })
})
