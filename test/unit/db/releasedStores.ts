// Each schema version's block exactly as database.ts declares it (never edited once released), for the upgrade and
// fixture tests that declare an earlier release's database. v6's block as first released (incidents only:
// provisions and procedures were added to it before v7) is V6_FIRST.
export const V1 = {
  requests: 'id, &receiptNo, [receivedOn+receiptNo], status, kind, dueOn, *searchKeys, updatedAt',
  staff: 'id, name, updatedAt',
  settings: 'id',
  device: 'id',
  audit: 'id, &[deviceId+deviceSeq], entityId, at',
  numbering: 'id'
}
export const V2 = { letters: 'id, requestId, documentNo, issuedOn, updatedAt' }
export const V3 = { summaries: 'id, [status+dueOn], receivedOn, notifiedOn, *openMonths' }
export const V4 = { purged: 'id, receiptNo, receivedOn, closedOn' }
export const V5 = { recovery: 'id' }
export const V6_FIRST = { incidents: 'id, knownAt, *requestIds, updatedAt' }
export const V6 = {
  incidents: 'id, knownAt, *requestIds, updatedAt',
  provisions: 'id, recordedOn, retentionEnd, updatedAt',
  procedures: 'id, effectiveFrom'
}
export const V7 = { audit: 'id, &[deviceId+deviceSeq], entityId, at, [actorId+at], [action+at]' }
export const V8 = { concurrent: 'id', leases: 'id, year' }
export const V9 = { summaries: 'id, receivedOn, notifiedOn, *openMonths, openDueOn' }

export const V10 = { summaries: 'id, receivedOn, notifiedOn, *openMonths, openDueOn, [receivedOn+openDueOn]' }

const BLOCKS: Record<string, string>[] = [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10]

/** The schema version main declares last: every upgrade test expects a register to open at it. */
export const CURRENT_SCHEMA = BLOCKS.length

/** The blocks of versions 1 to `version` as main declares them, for `version(i + 1).stores(block)`. */
export const storesUpTo = (version: number): Record<string, string>[] => BLOCKS.slice(0, version)
