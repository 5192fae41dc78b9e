import { hashPin } from '../../domain/pin'

/** A fresh random salt per PIN. */
export function hashNewPin(pin: string): Promise<string> {
  return hashPin(pin, crypto.getRandomValues(new Uint8Array(16)))
}
