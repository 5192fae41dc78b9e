// SHA-256 of a whole backup's text with WebCrypto: fast on 100 MB, and never inside a Dexie transaction.
export async function sha256OfText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
