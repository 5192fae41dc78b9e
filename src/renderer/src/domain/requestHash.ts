// What the audit trail records about a request row (SPEC.md "Integrity you can prove"): the SHA-256 of its
// canonical JSON before and after each change, so the verifier can name a row changed outside the app.
// searchKeys are left out of the hash: they are derived from the name, kana and 受付番号 by the search
// normaliser (kana.ts), which may improve between versions without the row's content changing.
import { canonicalJson } from './canonicalJson'
import { sha256Hex, sha256HexAsync } from './hash'
import { searchKeysFor } from './kana'
import type { RequestRecord } from './request'

/** The row as hashed and as carried in a create payload: everything but the derived search keys. */
export type HashedRequest = Omit<RequestRecord, 'searchKeys'>

export function withoutDerived(row: RequestRecord | HashedRequest): HashedRequest {
  const copy: Partial<RequestRecord> = { ...row }
  delete copy.searchKeys
  return copy as HashedRequest
}

export function requestRowHash(row: RequestRecord | HashedRequest): string {
  return sha256Hex(canonicalJson(withoutDerived(row)))
}

/** requestRowHash by WebCrypto, for the 監査記録 check (never inside a transaction: it awaits). */
export function requestRowHashAsync(row: RequestRecord | HashedRequest): Promise<string> {
  return sha256HexAsync(canonicalJson(withoutDerived(row)))
}

/** Prefix-search keys of a request: name and kana (whole and by part), the agent, the 受付番号 and its number. */
export function searchKeysOf(r: Pick<RequestRecord, 'person' | 'requester' | 'receiptNo'>): string[] {
  const seq = r.receiptNo.split('-')[1] ?? ''
  return searchKeysFor({
    name: r.person.name,
    nameKana: r.person.nameKana,
    extra: [r.receiptNo, seq, r.requester.agentName, r.requester.agentKana]
  })
}
