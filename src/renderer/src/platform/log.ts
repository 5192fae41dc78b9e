// Technical detail for IT: in the app it goes to main's log file (electron-log), in a browser to the console.
// Staff never read it on screen except folded under 「技術情報」.

export function logError(where: string, detail: string): void {
  console.error(`[${where}] ${detail}`)
  const api = typeof window !== 'undefined' ? window.api : undefined
  // A log that cannot be written must never become a second failure on screen.
  if (api) void api.logError({ where, detail: detail.slice(0, 20_000) }).catch(() => undefined)
}
