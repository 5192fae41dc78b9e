import { describe, expect, it } from 'vitest'
import { judgeOpening } from '../../../src/renderer/src/domain/backup/vanished'

const used = { clinicId: 'c1', counts: { staff: 2, requests: 10, audit: 40, device: 1 } }
const empty = { clinicId: 'c2', counts: { staff: 0, requests: 0, audit: 0, device: 1 } }

describe('judgeOpening', () => {
  it.each([
    { what: 'a first start (no anchor, no backups)', anchor: null, current: empty, backups: false, is: 'ok' },
    {
      what: 'an empty database under an anchor that knew a register',
      anchor: used,
      current: empty,
      backups: false,
      is: 'vanished'
    },
    {
      what: 'an empty database, no anchor, but backups in the folder',
      anchor: null,
      current: empty,
      backups: true,
      is: 'vanished'
    },
    { what: 'the register the anchor knows', anchor: used, current: used, backups: true, is: 'ok' },
    {
      what: 'another clinic’s register',
      anchor: used,
      current: { ...used, clinicId: 'c9' },
      backups: true,
      is: 'different'
    },
    {
      what: 'an anchor written before anything was stored',
      anchor: empty,
      current: { ...empty, clinicId: 'c3' },
      backups: false,
      is: 'ok'
    }
  ])('calls $what "$is"', ({ anchor, current, backups, is }) => {
    expect(judgeOpening(anchor, current, backups)).toBe(is)
  })
})
