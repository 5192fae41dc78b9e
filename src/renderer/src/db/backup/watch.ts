// A signal that the register changed: every write appends an audit entry, so the newest entry of this device's
// chain changes with every save. The backup scheduler and the anchor file listen to it.
import { Dexie, liveQuery } from 'dexie'
import type { DbContext } from '../context'

export function watchRegisterChanges(ctx: DbContext, onChange: (headSeq: number) => void): () => void {
  const { db, deviceId } = ctx
  const subscription = liveQuery(() =>
    db.audit
      .where('[deviceId+deviceSeq]')
      .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
      .last()
      .then((e) => e?.deviceSeq ?? 0)
  ).subscribe({ next: onChange, error: () => undefined })
  return () => subscription.unsubscribe()
}
