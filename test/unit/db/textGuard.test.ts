// The text guard and date bounds hold in the repositories, whatever screen (or none) calls them.
import { describe, expect, it } from 'vitest'
import { openContext, type DbContext } from '../../../src/renderer/src/db/context'
import { RegisterDb } from '../../../src/renderer/src/db/database'
import { applyRequestEvent, createRequest, DomainError, updateIntake } from '../../../src/renderer/src/db/requests'
import { saveSettings } from '../../../src/renderer/src/db/settingsRepo'
import { addStaff, updateStaff } from '../../../src/renderer/src/db/staffRepo'
import { DEFAULT_DEADLINE_RULE } from '../../../src/renderer/src/domain/deadline'
import { parseFee } from '../../../src/renderer/src/domain/input/normalize'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { MANAGER, RECEPTION, makeIntake, seedStaff } from '../requestFixtures'

async function setup(): Promise<DbContext> {
  const ctx = await openContext(
    new RegisterDb(`test-${crypto.randomUUID()}`),
    () => new Date('2026-11-25T01:00:00.000Z')
  )
  await seedStaff(ctx)
  return ctx
}

const person = makeIntake().person

describe('createRequest guards every string and date', () => {
  it.each([
    ['a 個人番号 in the address', makeIntake({ person: { ...person, address: '港区 1234・5678・9012' } })],
    ['a 個人番号 split over lines in the details', makeIntake({ details: '番号\n1234\n5678\n9012' })],
    ['a 個人番号 in an e-mail local part', makeIntake({ person: { ...person, email: 'taro123456789012@example.jp' } })],
    [
      'an insurance 記号 in the agent’s relation',
      makeIntake({
        requester: {
          type: 'legalAgent',
          agentName: '山田 花子',
          agentKana: 'ヤマダ ハナコ',
          relation: '記号 12 の保険',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        }
      })
    ],
    ['a receipt date in year 0000', makeIntake({ receivedOn: '0000-01-01' })],
    ['a receipt date before 2000', makeIntake({ receivedOn: '1999-12-31' })],
    ['a receipt date tomorrow', makeIntake({ receivedOn: '2026-11-26' })],
    ['a birth date before 1900', makeIntake({ person: { ...person, birthDate: '1899-12-31' } })],
    ['a fee that is not a whole number', makeIntake({ fee: 0.5 })]
  ])('refuses %s with a DomainError and writes nothing', async (_, intake) => {
    const ctx = await setup()
    await expect(createRequest(ctx, RECEPTION, intake, DEFAULT_DEADLINE_RULE)).rejects.toBeInstanceOf(DomainError)
    expect(await ctx.db.requests.count()).toBe(0)
    expect(await ctx.db.audit.count()).toBe(0)
  })

  it('stores the name without control, zero-width or bidi-override characters', async () => {
    const ctx = await setup()
    const intake = makeIntake({ person: { ...person, name: '\u202e山田\u0000 \u200b太郎' } })
    const r = await createRequest(ctx, RECEPTION, intake, DEFAULT_DEADLINE_RULE)
    expect((await ctx.db.requests.get(r.id))?.person.name).toBe('山田 太郎')
  })

  it('a correction is guarded the same way', async () => {
    const ctx = await setup()
    const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const bad = makeIntake({ details: 'No123456789012' })
    await expect(updateIntake(ctx, RECEPTION, r.id, bad, DEFAULT_DEADLINE_RULE)).rejects.toThrow('個人番号')
  })
})

describe('event text, settings and staff names pass the same guard', () => {
  it('refuses a hold reason holding a 個人番号', async () => {
    const ctx = await setup()
    const r = await createRequest(ctx, RECEPTION, makeIntake(), DEFAULT_DEADLINE_RULE)
    const hold = applyRequestEvent(ctx, RECEPTION, r.id, { type: 'hold', reason: '1234 5678 9012 を確認中' })
    await expect(hold).rejects.toThrow('個人番号')
  })

  it('refuses a 12-digit number as the window phone number that prints on every letter', async () => {
    const ctx = await setup()
    const letterhead = { ...DEFAULT_SETTINGS.letterhead, phone: '1234 5678 9012' }
    await expect(saveSettings(ctx, MANAGER, { ...DEFAULT_SETTINGS, letterhead })).rejects.toBeInstanceOf(DomainError)
    expect(await ctx.db.settings.count()).toBe(0)
  })

  it('cleans the letterhead of invisible characters', async () => {
    const ctx = await setup()
    const letterhead = { ...DEFAULT_SETTINGS.letterhead, windowName: '事務局\u202e' }
    const saved = await saveSettings(ctx, MANAGER, { ...DEFAULT_SETTINGS, letterhead })
    expect(saved.letterhead.windowName).toBe('事務局')
  })

  it('refuses a staff name holding a 個人番号, on creation and on rename', async () => {
    const ctx = await setup()
    await expect(addStaff(ctx, MANAGER, { name: '鈴木123456789012', role: 'reception', pinHash: '' })).rejects.toThrow(
      '個人番号'
    )
    await expect(updateStaff(ctx, MANAGER, RECEPTION.id, { name: '1234-5678-9012' }, '改名')).rejects.toThrow(
      '個人番号'
    )
  })

  it('stores a staff name without the RTL override', async () => {
    const ctx = await setup()
    const s = await addStaff(ctx, MANAGER, { name: '高橋\u202e 受付', role: 'reception', pinHash: '' })
    expect(s.name).toBe('高橋 受付')
  })
})

describe('parseFee (the one reading of a typed fee)', () => {
  it.each([
    ['1000', 1000],
    ['1,000', 1000],
    ['１０００', 1000],
    ['0', 0],
    [' 300 ', 300]
  ])('reads %j as %j', (text, yen) => {
    expect(parseFee(text)).toBe(yen)
  })

  it.each(['0x10', '1e3', 'abc', '+3'])('refuses %j (not a number the schema accepts)', (text) => {
    expect(parseFee(text)).toBeNaN()
  })

  it('reads a blank as no fee, never as 0', () => {
    expect(parseFee(' ')).toBeNull()
  })
})
