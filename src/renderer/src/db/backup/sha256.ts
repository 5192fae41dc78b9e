// SHA-256 of a backup's content, read piece by piece: a dump of 100,000 requests is far larger than one string.
// Never inside a Dexie transaction (reading a Blob is not an IndexedDB request).
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

const PIECE = 8 * 1024 * 1024

export async function sha256OfBlob(blob: Blob, onProgress?: (done: number, total: number) => void): Promise<string> {
  const hash = sha256.create()
  for (let at = 0; at < blob.size; at += PIECE) {
    hash.update(new Uint8Array(await blob.slice(at, at + PIECE).arrayBuffer()))
    onProgress?.(Math.min(at + PIECE, blob.size), blob.size)
  }
  return bytesToHex(hash.digest())
}
