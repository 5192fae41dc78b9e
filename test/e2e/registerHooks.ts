// The web test build's `window.__register` (SeedActor, repositories and ctx) as the end-to-end seeds use it.
// Types only: code passed to page.evaluate runs in the page and cannot import.
export interface SeedActor {
  id: string
  name: string
  role: 'manager' | 'reception'
}

export interface RegisterHooks {
  ctx: unknown
  listStaff(ctx: unknown): Promise<SeedActor[]>
  addStaff(ctx: unknown, actor: SeedActor, input: { name: string; role: string; pinHash: string }): Promise<SeedActor>
  loadSettings(ctx: unknown): Promise<{ deadline: unknown; letterhead: Record<string, string> }>
  saveSettings(ctx: unknown, actor: SeedActor, settings: unknown): Promise<unknown>
  createRequest(
    ctx: unknown,
    actor: SeedActor,
    intake: unknown,
    rule: unknown
  ): Promise<{ id: string; receiptNo: string }>
  applyRequestEvent(ctx: unknown, actor: SeedActor, id: string, event: unknown): Promise<unknown>
  issueLetter(ctx: unknown, actor: SeedActor, id: string, input: unknown, settings: unknown): Promise<unknown>
}
