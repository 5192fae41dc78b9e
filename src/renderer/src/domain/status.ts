// Request statuses (SPEC.md "Life of a request"): 受付 → 本人確認 → 調査 → 決定(承認) → 通知 → 完了.
export const STATUSES = [
  { id: 'received', label: '受付', open: true },
  { id: 'identityPending', label: '本人確認中', open: true },
  { id: 'investigating', label: '調査中', open: true },
  { id: 'awaitingApproval', label: '承認待ち', open: true },
  { id: 'approved', label: '承認済', open: true },
  { id: 'onHold', label: '保留', open: true },
  { id: 'notified', label: '通知済', open: false },
  { id: 'closed', label: '完了', open: false },
  { id: 'withdrawn', label: '取下げ', open: false },
  { id: 'identityFailed', label: '本人確認不可', open: false }
] as const

export type StatusId = (typeof STATUSES)[number]['id']

export const STATUS_IDS = STATUSES.map((s) => s.id)

export function statusLabel(id: StatusId): string {
  return STATUSES.find((s) => s.id === id)?.label ?? id
}

/** Open requests count against the deadline until they are notified. */
export function isOpen(id: StatusId): boolean {
  return STATUSES.find((s) => s.id === id)?.open ?? false
}

export const OPEN_STATUS_IDS: StatusId[] = STATUSES.filter((s) => s.open).map((s) => s.id)
