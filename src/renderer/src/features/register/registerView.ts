// What the register screen showed (search, filters, scroll position), kept outside React for the session, so
// coming back from a request finds the list as it was left. Kept per staff member: another login starts afresh.
export interface RegisterView {
  text: string
  status: string
  kind: string
  overdueOnly: boolean
  scrollTop: number
}

const FRESH: RegisterView = { text: '', status: '', kind: '', overdueOnly: false, scrollTop: 0 }

let saved: { staffId: string; view: RegisterView } | null = null

export function savedRegisterView(staffId: string): RegisterView {
  return saved?.staffId === staffId ? saved.view : FRESH
}

export function saveRegisterView(staffId: string, change: Partial<RegisterView>): void {
  saved = { staffId, view: { ...savedRegisterView(staffId), ...change } }
}
