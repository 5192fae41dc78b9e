// Staff and their roles. Settings, approvals and purges need a 管理者.
export const ROLES = [
  { id: 'reception', label: '受付' },
  { id: 'manager', label: '管理者' }
] as const
export type RoleId = (typeof ROLES)[number]['id']

/** Who is acting: stamped on every change and audit entry. */
export interface Actor {
  id: string
  name: string
  role: RoleId
}

export interface StaffRecord {
  id: string
  clinicId: string
  deviceId: string
  name: string
  role: RoleId
  /** 'pbkdf2-sha256$…' or '' before a PIN is set; never the PIN itself. */
  pinHash: string
  active: boolean
  failures: number
  lockedUntil: string | null
  /** Set when a manager reset the PIN: the staff member chooses a new one at the next login. */
  mustChangePin?: boolean
  createdAt: string
  updatedAt: string
}

export function isManager(actor: Actor): boolean {
  return actor.role === 'manager'
}
