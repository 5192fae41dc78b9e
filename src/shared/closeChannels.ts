// The close handshake: main asks the page for a last backup before the window closes; the page answers when done.
// A file of its own, with no imports, so the sandboxed preload can use it without bundling zod.
export const closeChannels = { requested: 'app:close-requested', ready: 'app:close-ready' } as const
