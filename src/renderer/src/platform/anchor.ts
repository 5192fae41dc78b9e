// Where the anchor is kept. In this version it lives in the page's localStorage, outside IndexedDB, so a row
// deleted from IndexedDB does not take it along; the desktop app will keep it in a file owned by the main process,
// behind these same two functions.
import { anchorSchema, type Anchor } from '../domain/anchor'

const ANCHOR_KEY = 'kaiji-uketsukebo:anchor'

/** The stored anchor, or null when there is none or it cannot be read. */
export function readAnchor(): Anchor | null {
  try {
    const text = localStorage.getItem(ANCHOR_KEY)
    if (text === null) return null
    const parsed = anchorSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeAnchor(anchor: Anchor): void {
  localStorage.setItem(ANCHOR_KEY, JSON.stringify(anchorSchema.parse(anchor)))
}
