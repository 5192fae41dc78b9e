// Rows written by an older version are read through this step, which fills the fields added since, so every
// screen and letter sees one shape (the requester's contact details came after the first version).
import { SELF_REQUESTER, type RequestRecord } from './request'

/** Dexie's reading hook also sees `undefined` for a key that is not stored; that passes through. */
export function restoreRequest(row: RequestRecord | undefined): RequestRecord | undefined {
  if (row === undefined) return row
  const requester = row.requester as Partial<RequestRecord['requester']>
  if (requester.postalCode !== undefined && requester.email !== undefined) return row
  return { ...row, requester: { ...SELF_REQUESTER, ...requester, type: row.requester.type } }
}
