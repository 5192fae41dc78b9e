// How a staff row travels to the other PCs sharing the register. The audit entry carries the row without its PIN
// hash and a digest of that hash; the hash itself rides beside the entry in the replicated document (never in the
// audit table, its screens, exports or backups of the trail), and the receiving PC takes it only when it matches
// the digest the chained entry vouches for.
import { sha256Hex } from './hash'
import type { StaffRecord } from './staff'

export type SharedStaffRow = Omit<StaffRecord, 'pinHash'>

export interface StaffSharePayload {
  row: SharedStaffRow
  /** sha256 of the PIN hash ('' when no PIN is set). */
  pinDigest: string
}

export function pinDigestOf(pinHash: string): string {
  return pinHash === '' ? '' : sha256Hex(pinHash)
}

export function staffShare(row: StaffRecord): StaffSharePayload {
  const { pinHash, ...rest } = row
  return { row: rest, pinDigest: pinDigestOf(pinHash) }
}

/** The staff row to store on the receiving PC: the credential only if it is the one the entry names. */
export function receivedStaffRow(
  share: StaffSharePayload,
  credential: string | null,
  current: StaffRecord | undefined
): StaffRecord {
  const verified = credential !== null && pinDigestOf(credential) === share.pinDigest
  const pinHash = verified
    ? credential
    : share.pinDigest === pinDigestOf(current?.pinHash ?? '')
      ? (current?.pinHash ?? '')
      : ''
  return { ...share.row, pinHash }
}
