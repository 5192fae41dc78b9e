// Reads for the register list at 100,000 requests: the list itself comes from the session's summaries
// (registerStore.ts), searched and filtered in memory (domain/registerList.ts); these read whole requests.
import type { RequestRecord } from '../domain/request'
import type { DbContext } from './context'

export type { RegisterFilter } from '../domain/registerList'

export async function requestsByIds(ctx: DbContext, ids: readonly string[]): Promise<(RequestRecord | undefined)[]> {
  return ctx.db.requests.bulkGet([...ids])
}
