// SHA-256 for the audit chain, synchronous so that it can run inside a Dexie transaction without awaiting
// WebCrypto (an await on a non-Dexie promise would end the transaction).
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
