// SHA-256 for the audit chain, synchronous so that it can run inside a Dexie transaction without awaiting
// WebCrypto (an await on a non-Dexie promise would end the transaction).
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

// One encoder for every hash: the audit check hashes hundreds of thousands of texts in a row.
const utf8 = new TextEncoder()

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8.encode(text)))
}
