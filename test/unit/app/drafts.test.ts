import { beforeEach, describe, expect, it } from 'vitest'
import { discardDrafts, keepDrafts, offerDraft, takeDraft } from '../../../src/renderer/src/app/drafts'

describe('unsaved input across the lock', () => {
  beforeEach(() => discardDrafts())

  it('gives the same staff member back what the form held when the app locked, once', () => {
    let values = { name: '途中 太郎' }
    const withdraw = offerDraft('intake', () => values)
    keepDrafts('staff-a')
    withdraw()
    values = { name: 'changed after lock' }
    expect(takeDraft('staff-a', 'intake')).toEqual({ name: '途中 太郎' })
    expect(takeDraft('staff-a', 'intake')).toBeUndefined()
  })

  it('never gives one staff member another one’s input, and a new lock by someone else drops it', () => {
    const withdraw = offerDraft('intake', () => ({ name: '途中 太郎' }))
    keepDrafts('staff-a')
    withdraw()
    expect(takeDraft('staff-b', 'intake')).toBeUndefined()
    keepDrafts('staff-b')
    expect(takeDraft('staff-a', 'intake')).toBeUndefined()
  })

  it('keeps nothing after another staff member unlocked', () => {
    const withdraw = offerDraft('intake', () => ({ name: '途中 太郎' }))
    keepDrafts('staff-a')
    withdraw()
    discardDrafts()
    expect(takeDraft('staff-a', 'intake')).toBeUndefined()
  })
})
