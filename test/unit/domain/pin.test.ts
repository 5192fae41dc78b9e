import { describe, it, expect } from 'vitest'
import {
  afterFailure,
  afterSuccess,
  DEFAULT_PIN_ITERATIONS,
  hashNewPin,
  hashPin,
  lockRemainingSeconds,
  newPinSalt,
  pinSchemaMessage,
  validatePinFormat,
  verifyPin,
  type LoginAttempts
} from '../../../src/renderer/src/domain/pin'

const salt = Uint8Array.from({ length: 16 }, (_, i) => i)
const FAST = 1000

describe('validatePinFormat', () => {
  it('accepts 4 to 8 digits, full-width digits from an IME included', () => {
    for (const pin of ['1234', '00000000', '１２３４']) expect(validatePinFormat(pin), pin).toBeNull()
  })

  it('rejects anything else with a message saying what to type', () => {
    for (const pin of ['123', '123456789', '12a4', '', '12 34', '-1234'])
      expect(validatePinFormat(pin), pin).toBe(pinSchemaMessage)
    expect(pinSchemaMessage).toBe('PIN は数字4〜8桁で入力してください')
  })
})

describe('hashPin and verifyPin', () => {
  it('stores scheme, iterations, salt and hash, never the PIN', async () => {
    const stored = await hashPin('2468', salt, FAST)
    expect(stored).toMatch(/^pbkdf2-sha256\$1000\$000102030405060708090a0b0c0d0e0f\$[0-9a-f]{64}$/)
    expect(stored).not.toContain('2468')
  })

  it('matches the PBKDF2-HMAC-SHA-256 of Node crypto', async () => {
    const { pbkdf2Sync } = await import('node:crypto')
    const expected = pbkdf2Sync('2468', Buffer.from(salt), FAST, 32, 'sha256').toString('hex')
    expect((await hashPin('2468', salt, FAST)).split('$')[3]).toBe(expected)
  })

  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('2468', salt, FAST)
    expect(await verifyPin('2468', stored)).toBe(true)
    expect(await verifyPin('２４６８', stored)).toBe(true)
    expect(await verifyPin('2469', stored)).toBe(false)
    expect(await verifyPin('24680', stored)).toBe(false)
  })

  it('gives different hashes for different salts', async () => {
    const a = await hashPin('2468', newPinSalt(), FAST)
    const b = await hashPin('2468', newPinSalt(), FAST)
    expect(a).not.toBe(b)
    expect(await verifyPin('2468', a)).toBe(true)
    expect(await verifyPin('2468', b)).toBe(true)
  })

  it('refuses an empty, malformed or tampered stored value', async () => {
    const stored = await hashPin('2468', salt, FAST)
    const lastHex = stored.slice(-1) === '0' ? '1' : '0'
    for (const bad of [
      '',
      'plain-2468',
      stored.replace('pbkdf2-sha256', 'pbkdf2-sha1'),
      stored.slice(0, -1) + lastHex,
      stored.replace('$1000$', '$0$')
    ]) {
      expect(await verifyPin('2468', bad), bad).toBe(false)
    }
  })

  it('refuses nonsense parameters when hashing', async () => {
    await expect(hashPin('2468', salt, 0)).rejects.toThrow(RangeError)
    await expect(hashPin('2468', new Uint8Array(0), FAST)).rejects.toThrow(RangeError)
  })

  it('works with the default 210,000 iterations', async () => {
    const stored = await hashPin('13579', salt)
    expect(stored.split('$')[1]).toBe(String(DEFAULT_PIN_ITERATIONS))
    expect(DEFAULT_PIN_ITERATIONS).toBe(210_000)
    expect(await verifyPin('13579', stored)).toBe(true)
    expect(await verifyPin('13570', stored)).toBe(false)
  })
})

describe('login lockout', () => {
  const t0 = new Date('2026-11-25T01:00:00Z')
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000)
  const fail = (times: number, start: LoginAttempts = afterSuccess()) => {
    let attempts = start
    for (let i = 0; i < times; i++) attempts = afterFailure(attempts, t0)
    return attempts
  }

  it('counts failures without locking below the limit', () => {
    expect(fail(4)).toEqual({ failures: 4, lockedUntil: null })
    expect(lockRemainingSeconds(fail(4), t0)).toBe(0)
  })

  it('locks for 5 minutes at the 5th failure', () => {
    const locked = fail(5)
    expect(locked.lockedUntil).toBe('2026-11-25T01:05:00.000Z')
    expect(lockRemainingSeconds(locked, t0)).toBe(300)
    expect(lockRemainingSeconds(locked, at(299.5))).toBe(1)
    expect(lockRemainingSeconds(locked, at(300))).toBe(0)
  })

  it('does not extend or count while locked', () => {
    const locked = fail(5)
    expect(afterFailure(locked, at(60))).toBe(locked)
  })

  it('gives a fresh count once the lock has passed', () => {
    const afterLock = afterFailure(fail(5), at(301))
    expect(afterLock).toEqual({ failures: 1, lockedUntil: null })
  })

  it('follows a custom policy', () => {
    let attempts = afterSuccess()
    for (let i = 0; i < 3; i++) attempts = afterFailure(attempts, t0, { maxFailures: 3, lockMinutes: 15 })
    expect(lockRemainingSeconds(attempts, t0)).toBe(900)
  })

  it('resets on success', () => {
    expect(afterSuccess()).toEqual({ failures: 0, lockedUntil: null })
  })

  it('treats an unreadable lock time as no lock', () => {
    expect(lockRemainingSeconds({ failures: 0, lockedUntil: 'soon' }, t0)).toBe(0)
  })
})

describe('hashNewPin', () => {
  it('salts each new PIN afresh with the default scheme', async () => {
    const a = await hashNewPin('2468')
    const b = await hashNewPin('2468')
    expect(a).not.toBe(b)
    expect(a.split('$')[1]).toBe(String(DEFAULT_PIN_ITERATIONS))
    expect(await verifyPin('2468', a)).toBe(true)
  }, 30_000)
})
