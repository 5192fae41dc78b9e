import { describe, expect, it } from 'vitest'
import { summarySections } from '../../../src/renderer/src/features/papers/summarySections'
import { makeRecord } from '../requestFixtures'

const row = (r: ReturnType<typeof makeRecord>, label: string) =>
  summarySections(r)
    .flatMap((s) => s.rows)
    .find(([l]) => l === label)?.[1]

describe('the printed request record', () => {
  it('prints 完了日 as the day in Japan of the stored instant', () => {
    // 00:30 on 11-26 in Tokyo is still 11-25 in UTC.
    const closed = makeRecord({ status: 'withdrawn', closedOn: '2026-11-25T15:30:00.000Z' })
    expect(row(closed, '完了日')).toBe('2026/11/26')
  })

  it('leaves 完了日 blank while the request is open', () => {
    expect(row(makeRecord({ closedOn: null }), '完了日')).toBe('')
  })
})
