// Checking one device's chain as its entries stream past in deviceSeq order, page by page, so 500,000 entries
// never sit in memory at once. A missing entry is reported once by its number, not as a cascade; the head
// anchored outside the database (anchor file, backup manifest, printed monthly log) reveals deleted newest entries.
import type { AuditEntry } from './audit'
import { GENESIS_HASH, hashEntry, hashPayload } from './auditHash'

export interface ChainHead {
  deviceId: string
  deviceSeq: number
  hash: string
}

export type ChainProblemKind = 'gap' | 'tail' | 'order' | 'link' | 'entry' | 'payload' | 'anchor'

export interface ChainProblem {
  deviceId: string
  deviceSeq: number
  kind: ChainProblemKind
  /** Japanese, complete in itself (names the entry's number). */
  message: string
}

export interface ChainCheckOptions {
  /** The newest entry a previous check verified: older entries are not hashed again (their links still are). */
  checkpoint?: ChainHead | null
  /** This device's head as recorded outside the database. */
  anchor?: ChainHead | null
  /**
   * The check starts at the checkpoint's own entry: entries before it are not read at all (what they said about
   * each request comes from the trail kept with the checkpoint). Requires `checkpoint`.
   */
  fromCheckpoint?: boolean
}

/** What the links of a chain need of an entry; its content was checked on its own (`entryContentProblems`). */
export type ChainLink = Pick<AuditEntry, 'deviceSeq' | 'prevHash' | 'hash'>

/** An entry's own hashes: its content and its payload (null once a retention purge blanked it). */
export function entryContentProblems(e: AuditEntry): { kind: 'entry' | 'payload'; message: string }[] {
  const problems: { kind: 'entry' | 'payload'; message: string }[] = []
  if (hashEntry(e) !== e.hash)
    problems.push({
      kind: 'entry',
      message: `${e.deviceSeq}番の内容がハッシュと一致しません。書き換えられた可能性があります。`
    })
  if (e.payload !== null && hashPayload(e.payload) !== e.payloadHash)
    problems.push({
      kind: 'payload',
      message: `${e.deviceSeq}番の変更内容がハッシュと一致しません。書き換えられた可能性があります。`
    })
  return problems
}

export interface ChainCheck {
  push: (entries: readonly AuditEntry[]) => void
  /** Checks links only, for entries whose content was checked as they were read (a backup file's rows). */
  pushLinks: (links: readonly ChainLink[]) => void
  /** Ends the check: compares the last entry seen with the anchored head and returns every problem. */
  end: () => ChainProblem[]
  head: () => ChainHead | null
}

export function createChainCheck(deviceId: string, options: ChainCheckOptions = {}): ChainCheck {
  const { checkpoint = null, anchor = null } = options
  const resume = options.fromCheckpoint === true && checkpoint !== null
  const problems: ChainProblem[] = []
  let lastSeq = resume ? checkpoint.deviceSeq - 1 : 0
  // Unknown when the check starts at the checkpoint: its entry's link was verified by the check that set it.
  let lastHash: string | null = resume ? null : GENESIS_HASH
  const report = (deviceSeq: number, kind: ChainProblemKind, message: string) =>
    problems.push({ deviceId, deviceSeq, kind, message })

  function check(e: ChainLink, content: AuditEntry | null): void {
    const expected = lastSeq + 1
    if (e.deviceSeq < expected) {
      report(e.deviceSeq, 'order', `${e.deviceSeq}番が重複しているか、順序が乱れています。`)
      return
    }
    if (e.deviceSeq > expected) {
      const range = e.deviceSeq === expected + 1 ? `${expected}番` : `${expected}〜${e.deviceSeq - 1}番`
      report(expected, 'gap', `${range}が削除されています。`)
    } else if (lastHash !== null && e.prevHash !== lastHash) {
      report(
        e.deviceSeq,
        'link',
        `${e.deviceSeq}番の直前とのつながり(ハッシュ)が一致しません。差し替えられた可能性があります。`
      )
    }
    if (checkpoint && e.deviceSeq === checkpoint.deviceSeq && e.hash !== checkpoint.hash)
      report(e.deviceSeq, 'entry', `${e.deviceSeq}番が前回の検証の時と違います。書き換えられた可能性があります。`)
    if (content && (!checkpoint || e.deviceSeq > checkpoint.deviceSeq))
      for (const p of entryContentProblems(content)) report(e.deviceSeq, p.kind, p.message)
    if (anchor && e.deviceSeq === anchor.deviceSeq && e.hash !== anchor.hash)
      report(
        e.deviceSeq,
        'anchor',
        `${e.deviceSeq}番がデータベースの外の控えと一致しません。差し替えられた可能性があります。`
      )
    lastSeq = e.deviceSeq
    lastHash = e.hash
  }

  return {
    push: (entries) => {
      for (const e of entries) check(e, e)
    },
    pushLinks: (links) => {
      for (const e of links) check(e, null)
    },
    end: () => {
      const known = Math.max(anchor?.deviceSeq ?? 0, checkpoint?.deviceSeq ?? 0)
      if (known > lastSeq)
        report(lastSeq + 1, 'tail', `${lastSeq + 1}番以降が削除されています(控えでは ${known}番まであります)。`)
      return problems
    },
    head: () => (lastSeq === 0 || lastHash === null ? null : { deviceId, deviceSeq: lastSeq, hash: lastHash })
  }
}
