// Staff PINs: stored only as a slow salted hash, and a lockout after repeated failures, because the PC faces a
// counter where other people stand (SPEC: Staff).
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'

const SCHEME = 'pbkdf2-sha256'
export const DEFAULT_PIN_ITERATIONS = 210_000
// Bounds when reading a stored hash back, so a damaged row cannot make a login spin for minutes.
const MAX_ITERATIONS = 10_000_000

export const pinSchemaMessage = 'PIN は数字4〜8桁で入力してください'

/** The PIN as typed, with full-width digits from a Japanese IME (１２３４) read as 1234. */
function normalizePin(pin: string): string {
  return pin.normalize('NFKC')
}

/** null when the PIN is 4 to 8 digits, otherwise the message to show. */
export function validatePinFormat(pin: string): string | null {
  return /^\d{4,8}$/.test(normalizePin(pin)) ? null : pinSchemaMessage
}

/** 16 random bytes for a new PIN's salt. */
export function newPinSalt(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(16))
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle
  const key = await subtle.importKey('raw', new TextEncoder().encode(normalizePin(pin)), 'PBKDF2', false, [
    'deriveBits'
  ])
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    256
  )
  return new Uint8Array(bits)
}

/** 'pbkdf2-sha256$<iterations>$<saltHex>$<hashHex>' (PBKDF2-HMAC-SHA-256, 32-byte hash). */
export async function hashPin(pin: string, salt: Uint8Array, iterations = DEFAULT_PIN_ITERATIONS): Promise<string> {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`PIN hash iterations out of range: ${iterations}`)
  }
  if (salt.length === 0) throw new RangeError('PIN salt must not be empty')
  const hash = await derive(pin, salt, iterations)
  return `${SCHEME}$${iterations}$${bytesToHex(salt)}$${bytesToHex(hash)}`
}

/** The hash stored for a new or changed PIN (and a recovery code): a fresh random salt each time. */
export function hashNewPin(pin: string): Promise<string> {
  return hashPin(pin, newPinSalt())
}

/** Compares every byte whatever the first difference, so timing says nothing about how much matched. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/** Whether `pin` matches a stored hash; false for a malformed or empty stored value (no PIN set). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const match = /^pbkdf2-sha256\$(\d{1,8})\$((?:[0-9a-f]{2})+)\$((?:[0-9a-f]{2})+)$/.exec(stored)
  if (!match) return false
  const [, iterationsText = '', saltHex = '', hashHex = ''] = match
  const iterations = Number(iterationsText)
  if (iterations < 1 || iterations > MAX_ITERATIONS) return false
  const expected = hexToBytes(hashHex)
  const actual = await derive(pin, hexToBytes(saltHex), iterations)
  return equalBytes(actual, expected)
}

// Lockout: after maxFailures wrong PINs in a row the account waits lockMinutes before the next try.
export type LoginAttempts = { failures: number; lockedUntil: string | null }
export type LockoutPolicy = { maxFailures: number; lockMinutes: number }
export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 5 }

/** Seconds until the lock lifts, rounded up; 0 when not locked. */
export function lockRemainingSeconds(attempts: LoginAttempts, now: Date): number {
  if (attempts.lockedUntil === null) return 0
  const until = Date.parse(attempts.lockedUntil)
  if (Number.isNaN(until)) return 0
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000))
}

/**
 * The attempts after a wrong PIN. Reaching maxFailures sets the lock and starts a fresh count for after it.
 * A failure while still locked changes nothing (the login screen should not have checked the PIN at all).
 */
export function afterFailure(
  attempts: LoginAttempts,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY
): LoginAttempts {
  if (lockRemainingSeconds(attempts, now) > 0) return attempts
  const failures = attempts.failures + 1
  if (failures < policy.maxFailures) return { failures, lockedUntil: null }
  return { failures: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString() }
}

export function afterSuccess(): LoginAttempts {
  return { failures: 0, lockedUntil: null }
}
