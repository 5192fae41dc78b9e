// What the register screen showed (search, filters, order, scroll position), kept outside React for the session,
// so coming back from a request finds the list as it was left. Kept per staff member: another login starts afresh.
import { DEFAULT_REGISTER_SORT, type RegisterSort } from '../../domain/registerSort'

export interface RegisterView {
  text: string
  status: string
  kind: string
  overdueOnly: boolean
  receivedFrom: string
  receivedTo: string
  sort: RegisterSort
  scrollTop: number
}

const FRESH: RegisterView = {
  text: '',
  status: '',
  kind: '',
  overdueOnly: false,
  receivedFrom: '',
  receivedTo: '',
  sort: DEFAULT_REGISTER_SORT,
  scrollTop: 0
}

let saved: { staffId: string; view: RegisterView } | null = null

export function savedRegisterView(staffId: string): RegisterView {
  return saved?.staffId === staffId ? saved.view : FRESH
}

export function saveRegisterView(staffId: string, change: Partial<RegisterView>): void {
  saved = { staffId, view: { ...savedRegisterView(staffId), ...change } }
}
