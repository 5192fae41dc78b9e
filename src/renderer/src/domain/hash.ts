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

/**
 * The same hash by the browser's own SHA-256 (WebCrypto), off the page's thread: for checks that hash many texts
 * outside any transaction. Falls back to the synchronous one where WebCrypto is missing (an insecure context).
 */
export async function sha256HexAsync(text: string): Promise<string> {
  // The types say it is always there; an insecure context (a page served over plain http) has none.
  const subtle = (globalThis.crypto as Partial<Crypto> | undefined)?.subtle
  if (!subtle) return sha256Hex(text)
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', utf8.encode(text))))
}
