import { describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../../src/renderer/src/db/auditLog'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import {
  changeOwnPin,
  hasRecoveryCode,
  recoverManagerPin,
  resetStaffPin,
  storeRecoveryCode
} from '../../../src/renderer/src/db/pinRepo'
import { addStaff, createFirstManager } from '../../../src/renderer/src/db/staffRepo'
import { hashPin, verifyPin } from '../../../src/renderer/src/domain/pin'
import {
  formatRecoveryCode,
  hashRecoveryCode,
  normalizeRecoveryCode
} from '../../../src/renderer/src/domain/recoveryCode'
import type { Actor, StaffRecord } from '../../../src/renderer/src/domain/staff'

const SALT = new Uint8Array(16).fill(7)
const pinHash = (pin: string) => hashPin(pin, SALT, 1000)

async function setup() {
  const ctx = await openContext(new RegisterDb(`test-${crypto.randomUUID()}`), () => new Date('2026-11-25T01:00:00Z'))
  const boss = await createFirstManager(ctx, { name: '上原', pinHash: await pinHash('2468') })
  const clerk = await addStaff(ctx, asActor(boss), { name: '鈴木', role: 'reception', pinHash: await pinHash('1357') })
  return { ctx, boss, clerk }
}

const asActor = (s: StaffRecord): Actor => ({ id: s.id, name: s.name, role: s.role })
const row = async (ctx: DbContext, id: string) => (await ctx.db.staff.get(id)) as StaffRecord
const actions = async (ctx: DbContext) => (await ctx.db.audit.toArray()).map((e) => e.action)

describe('changing one’s own PIN', () => {
  it('needs the current PIN, then stores only the new hash and audits the change', async () => {
    const { ctx, clerk } = await setup()
    await expect(changeOwnPin(ctx, asActor(clerk), '0000', await pinHash('9753'))).rejects.toThrow(
      '今の PIN が違います。'
    )
    await changeOwnPin(ctx, asActor(clerk), '1357', await pinHash('9753'))
    expect(await verifyPin('9753', (await row(ctx, clerk.id)).pinHash)).toBe(true)
    expect(await actions(ctx)).toContain('staff:pinChange')
    expect(JSON.stringify(await ctx.db.audit.toArray())).not.toContain('pbkdf2')
  })
})

describe('a manager resetting another staff member’s PIN', () => {
  it('sets a temporary PIN that must be changed at the next login, and lifts a lockout', async () => {
    const { ctx, boss, clerk } = await setup()
    await ctx.db.staff.update(clerk.id, { failures: 0, lockedUntil: '2026-11-25T02:00:00Z' })
    await resetStaffPin(ctx, asActor(boss), clerk.id, await pinHash('4444'))
    expect(await row(ctx, clerk.id)).toMatchObject({ mustChangePin: true, lockedUntil: null, failures: 0 })
    await changeOwnPin(ctx, asActor(clerk), '4444', await pinHash('8642'))
    expect((await row(ctx, clerk.id)).mustChangePin).toBe(false)
  })

  it('is refused to reception staff, checked against the staff table and not the role they claim', async () => {
    const { ctx, boss, clerk } = await setup()
    const claimsManager: Actor = { ...asActor(clerk), role: 'manager' }
    await expect(resetStaffPin(ctx, claimsManager, boss.id, await pinHash('4444'))).rejects.toThrow(
      'PIN の再設定は管理者のみが行えます。'
    )
    expect(await verifyPin('2468', (await row(ctx, boss.id)).pinHash)).toBe(true)
  })
})

describe('the 復旧コード', () => {
  it('formats 16 unambiguous letters in groups of four and reads back what staff type', () => {
    const code = formatRecoveryCode(new Uint8Array(16).map((_, i) => i * 37))
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/)
    expect(normalizeRecoveryCode(code.toLowerCase().replace(/-/g, ' ').normalize('NFKC'))).toBe(code.replace(/-/g, ''))
  })

  it('resets a locked-out manager’s PIN, audited; a wrong code or a reception login is refused', async () => {
    const { ctx, boss, clerk } = await setup()
    const code = 'K9ZJ-CQBW-R2FK-P3M9'
    await storeRecoveryCode(ctx, asActor(boss), await hashRecoveryCode(code, SALT))
    expect(await hasRecoveryCode(ctx)).toBe(true)
    await expect(recoverManagerPin(ctx, boss.id, 'K9ZJ-CQBW-R2FK-P3M8', await pinHash('1111'))).rejects.toThrow(
      '復旧コードが違います'
    )
    await expect(recoverManagerPin(ctx, clerk.id, code, await pinHash('1111'))).rejects.toThrow('管理者の PIN だけです')
    await ctx.db.staff.update(boss.id, { lockedUntil: '2026-11-25T02:00:00Z' })
    await recoverManagerPin(ctx, boss.id, 'k9zj cqbw r2fk p3m9', await pinHash('1111'))
    expect(await verifyPin('1111', (await row(ctx, boss.id)).pinHash)).toBe(true)
    expect((await row(ctx, boss.id)).lockedUntil).toBeNull()
    expect(await actions(ctx)).toEqual(expect.arrayContaining(['recovery:issue', 'staff:pinRecovered']))
    expect((await verifyAuditChain(ctx)).problems).toEqual([])
  })

  it('can be renewed only by a manager once it exists', async () => {
    const { ctx, boss, clerk } = await setup()
    await storeRecoveryCode(ctx, asActor(boss), await hashRecoveryCode('AAAA-BBBB-CCCC-DDDD', SALT))
    await expect(
      storeRecoveryCode(ctx, asActor(clerk), await hashRecoveryCode('EEEE-FFFF-GGGG-HHHH', SALT))
    ).rejects.toThrow('復旧コードの再発行は管理者のみが行えます。')
  })
})
