// Entries that arrive from another PC are checked before anything is folded: each device's chain must continue
// from what this PC already holds, one number after another, every link and hash intact, of this clinic and
// written by the PC that declared the device. A missing number means "not arrived yet" (wait); anything altered
// or forged is refused and reported, and nothing after it in that chain is taken.
import type { AuditEntry, ChainHead } from '../audit'
import { GENESIS_HASH, hashEntry, hashPayload } from '../auditHash'

export interface IncomingEntry {
  entry: AuditEntry
  /** The CouchDB user that wrote the document. */
  writer: string
  /** A staff entry's PIN hash riding beside it (checked later against the entry's digest). */
  credential?: string | null
}

export interface Refusal {
  deviceId: string
  deviceSeq: number
  message: string
}

export interface Continuation {
  accepted: AuditEntry[]
  refused: Refusal | null
}

/**
 * The longest run of `incoming` (one device's entries, any order) that continues `head`. `writer` is who the
 * device's declaration names; `clinicId` this register's clinic.
 */
export function acceptContinuation(
  deviceId: string,
  head: ChainHead | null,
  incoming: readonly IncomingEntry[],
  expect: { clinicId: string; writer: string | null }
): Continuation {
  let seq = head?.deviceSeq ?? 0
  let prev = head?.hash ?? GENESIS_HASH
  const accepted: AuditEntry[] = []
  const sorted = [...incoming].sort((a, b) => a.entry.deviceSeq - b.entry.deviceSeq)
  for (const { entry: e, writer } of sorted) {
    if (e.deviceSeq <= seq) continue
    if (e.deviceSeq > seq + 1) break
    const refuse = (message: string): Continuation => ({
      accepted,
      refused: {
        deviceId,
        deviceSeq: e.deviceSeq,
        message: `端末 ${deviceId.slice(0, 8)} の${e.deviceSeq}番: ${message}`
      }
    })
    if (e.deviceId !== deviceId) return refuse('端末が一致しません。')
    if (e.clinicId !== expect.clinicId) return refuse('別の医療機関の記録です。')
    if (expect.writer === null) return refuse('書き手の端末登録がありません。')
    if (writer !== expect.writer) return refuse('端末を登録した PC 以外が書いた記録です。')
    if (e.prevHash !== prev) return refuse('直前の記録とのつながり(ハッシュ)が一致しません。')
    if (e.payload !== null && hashPayload(e.payload) !== e.payloadHash) return refuse('内容がハッシュと一致しません。')
    if (hashEntry(e) !== e.hash) return refuse('記録のハッシュが一致しません。')
    accepted.push(e)
    seq = e.deviceSeq
    prev = e.hash
  }
  return { accepted, refused: null }
}
