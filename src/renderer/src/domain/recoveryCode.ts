// The 復旧コード: printed once at the first start for the clinic's safe, stored only as a slow hash, and
// used to reset a manager's PIN when every manager is locked out or has forgotten theirs.
import { hashPin, verifyPin } from './pin'

// No 0/O, 1/I/L: read off paper and typed by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const LENGTH = 16

/** A new code from random bytes (passed in, so the domain stays free of the machine): XXXX-XXXX-XXXX-XXXX. */
export function formatRecoveryCode(random: Uint8Array): string {
  if (random.length < LENGTH) throw new RangeError('need 16 random bytes')
  // 256 is not a multiple of the alphabet's 31 letters; rejecting high bytes would bias less, but 16 letters
  // of ~4.95 bits each already give ~79 bits, far beyond guessing at a PIN screen with a lockout.
  const letters = [...random.slice(0, LENGTH)].map((b) => ALPHABET[b % ALPHABET.length] ?? '2').join('')
  return letters.match(/.{4}/g)?.join('-') ?? letters
}

/** As typed: full-width, lower case, spaces and any dash are all accepted. */
export function normalizeRecoveryCode(typed: string): string {
  return typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
}

export function hashRecoveryCode(code: string, salt: Uint8Array): Promise<string> {
  return hashPin(normalizeRecoveryCode(code), salt)
}

export function verifyRecoveryCode(typed: string, stored: string): Promise<boolean> {
  return verifyPin(normalizeRecoveryCode(typed), stored)
}
