import { describe, expect, it } from 'vitest'
import { basisLine, kindById } from '../../../src/renderer/src/domain/catalogue'
import { dueDate, statutoryMark } from '../../../src/renderer/src/domain/deadline'
import { toRow } from '../../../src/renderer/src/domain/monthlyLogRow'
import {
  firstTargetBeyondStatutory,
  isStatutoryPassed,
  statutoryDaysPast
} from '../../../src/renderer/src/domain/statutory'
import { makeRecord } from '../requestFixtures'

const BUSINESS = { days: 14, mode: 'business' as const, closedWeekdays: [0, 6], closedDates: [] }

// Received Monday 2026-11-02: the statutory mark is 11-16, a 14-business-day target is much later.
const received = '2026-11-02'
const disclosure = makeRecord({
  kind: 'disclosure',
  receivedOn: received,
  dueOn: dueDate(received, BUSINESS),
  statutoryOn: statutoryMark(received)
})

describe('the APPI 39条 mark', () => {
  it('is flagged the day after receipt + 14 although the business-day target is still days away', () => {
    expect(disclosure.dueOn > '2026-11-17').toBe(true)
    expect(isStatutoryPassed(disclosure, '2026-11-16')).toBe(false)
    expect(statutoryDaysPast(disclosure, '2026-11-17')).toBe(1)
  })

  it('is not flagged once notified, nor for the bereaved (APPI covers the living only) or complaints', () => {
    expect(isStatutoryPassed({ ...disclosure, status: 'notified' }, '2026-11-20')).toBe(false)
    expect(isStatutoryPassed({ ...disclosure, kind: 'bereaved' }, '2026-11-20')).toBe(false)
    expect(isStatutoryPassed({ ...disclosure, kind: 'complaint' }, '2026-11-20')).toBe(false)
  })

  it('shows in the monthly log row, counted to the notification when it came late', () => {
    const names = new Map<string, string>()
    expect(toRow(disclosure, '2026-11-20', names).statutoryDaysPast).toBe(4)
    expect(toRow({ ...disclosure, kind: 'bereaved' }, '2026-11-20', names).statutoryDaysPast).toBe(0)
  })

  it('lets 設定 warn with an example when a business-day rule puts targets beyond it', () => {
    expect(firstTargetBeyondStatutory({ ...BUSINESS, days: 14 }, '2026-11-02')).toMatchObject({
      receivedOn: '2026-11-02',
      statutoryOn: '2026-11-16'
    })
    expect(firstTargetBeyondStatutory({ ...BUSINESS, mode: 'calendar' }, '2026-11-02')).toBeNull()
  })
})

describe('the 根拠 line', () => {
  it('names the guideline cleanly for the bereaved and the Act with the policy section otherwise', () => {
    expect(basisLine(kindById('bereaved'))).toBe('根拠: 診療情報の提供等に関する指針 9')
    expect(basisLine(kindById('disclosure'))).toBe('根拠: 個人情報保護法33条1項/プライバシーポリシー「個人情報の開示」')
  })
})
