// Rows written by an older version are read through this step, which fills the fields added since, so every
// screen and letter sees one shape (the requester's contact details came after the first version). Write paths
// store complete rows through the same step, so a row's hash is the same whether it is read or written.
import { SELF_REQUESTER, type RequestRecord } from './request'

/** The row with the requester's contact fields filled in where an older version left them out. */
export function completeRequest<T extends Pick<RequestRecord, 'requester'>>(row: T): T {
  const requester = row.requester as Partial<RequestRecord['requester']>
  if (requester.postalCode !== undefined && requester.email !== undefined) return row
  return { ...row, requester: { ...SELF_REQUESTER, ...requester, type: row.requester.type } }
}

/** Dexie's reading hook also sees `undefined` for a key that is not stored; that passes through. */
export function restoreRequest(row: RequestRecord | undefined): RequestRecord | undefined {
  return row === undefined ? row : completeRequest(row)
}
