import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { keepVerifiedTrail, readVerifiedTrail, VERIFIED_DB_NAME } from '../../../src/renderer/src/db/verifiedTrail'
import { verifyRegister } from '../../../src/renderer/src/db/integrity'
import { buildMixedRegister } from './workflowMix'

const HEADS = [{ deviceId: 'pc-1', deviceSeq: 40, hash: 'a'.repeat(64) }]

describe('the trail kept with the checkpoint of a clean check', () => {
  it('comes back whole (requests, purged and issued numbers) for the same checkpoint only', async () => {
    const ctx = await buildMixedRegister(4)
    const { trail } = await verifyRegister(ctx)
    expect(trail.requests.size).toBe(4)
    trail.accounted.add('2025-0007')
    expect(await keepVerifiedTrail('clinic-1', 'cp-1', HEADS, trail)).toBe(true)
    const back = await readVerifiedTrail('clinic-1', 'cp-1', HEADS)
    expect(back?.requests).toEqual(trail.requests)
    expect([...(back?.accounted ?? [])]).toEqual(['2025-0007'])
    expect(back?.issued).toEqual(trail.issued)
    // Another checkpoint's id, other heads, another clinic: not used.
    expect(await readVerifiedTrail('clinic-1', 'cp-2', HEADS)).toBeUndefined()
    expect(
      await readVerifiedTrail('clinic-1', 'cp-1', [{ deviceId: 'pc-1', deviceSeq: 41, hash: 'a'.repeat(64) }])
    ).toBeUndefined()
    expect(await readVerifiedTrail('clinic-2', 'cp-1', HEADS)).toBeUndefined()
  })

  it('a row that is not a trail means no trail (every entry is read)', async () => {
    const db = new Dexie(VERIFIED_DB_NAME)
    db.version(1).stores({ trails: 'id' })
    await db.table('trails').put({ id: 'clinic-3', checkpointId: 'cp-1', heads: HEADS, trail: { requests: [] } })
    db.close()
    expect(await readVerifiedTrail('clinic-3', 'cp-1', HEADS)).toBeUndefined()
  })
})
