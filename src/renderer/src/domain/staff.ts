// Staff and their roles. Settings, approvals and purges need a 管理者.
import type { z } from 'zod'
import type { staffRecordSchema } from './records/others'

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

export type StaffRecord = z.infer<typeof staffRecordSchema>

export function isManager(actor: Actor): boolean {
  return actor.role === 'manager'
}
