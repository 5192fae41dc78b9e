import { describe, expect, it } from 'vitest'
import { makeIntakeSchema, type IntakeInput } from '../../../src/renderer/src/domain/intakeSchema'
import { MY_NUMBER_MESSAGE } from '../../../src/renderer/src/domain/sensitiveNumbers'
import { makeIntake } from '../requestFixtures'

const TODAY = '2026-11-25'
const schema = makeIntakeSchema(TODAY)

type Overrides = Omit<Partial<IntakeInput>, 'person' | 'requester'> & {
  person?: Partial<IntakeInput['person']>
  requester?: Partial<IntakeInput['requester']>
}

function input(o: Overrides = {}): IntakeInput {
  const base = makeIntake()
  const { person, requester, ...rest } = o
  return { ...base, ...rest, person: { ...base.person, ...person }, requester: { ...base.requester, ...requester } }
}

/** The Japanese messages of a failed parse, by field path ('person.name'). */
function messages(value: IntakeInput): Record<string, string[]> {
  const result = schema.safeParse(value)
  if (result.success) throw new Error('expected the intake to be refused')
  const out: Record<string, string[]> = {}
  for (const issue of result.error.issues) (out[issue.path.join('.')] ??= []).push(issue.message)
  return out
}

describe('intake form validation', () => {
  it('accepts a complete disclosure request and keeps what was typed', () => {
    const result = schema.safeParse(input({ person: { name: '  山田 太郎 ' } }))
    expect(result.success).toBe(true)
    expect(result.data).toMatchObject({
      kind: 'disclosure',
      disclosureMethod: 'paper',
      fee: 1000,
      person: { name: '山田 太郎', nameKana: 'ヤマダ タロウ' }
    })
  })

  it('asks for the name when it is missing', () => {
    expect(messages(input({ person: { name: '   ' } }))['person.name']).toEqual(['氏名を入力してください'])
  })

  it('refuses a birth date that does not exist, naming the date it read', () => {
    expect(messages(input({ person: { birthDate: '1990-02-30' } }))['person.birthDate']).toEqual([
      '1990-02-30という日付はありません'
    ])
  })

  it('stores what staff type with an IME in its one form: 〒 123-4567, half-width phone and number, katakana', () => {
    const result = schema.safeParse(
      input({
        person: {
          birthDate: '昭和３０年５月１０日',
          nameKana: 'やまだ　たろう',
          postalCode: '１０５０００１',
          phone: '０３ー１２３４ー５６７８',
          patientNo: 'Ａ１２３ー４'
        },
        fee: '１，０００円'
      })
    )
    expect(result.success).toBe(true)
    expect(result.data?.person).toMatchObject({
      birthDate: '1955-05-10',
      nameKana: 'ヤマダ タロウ',
      postalCode: '105-0001',
      phone: '03-1234-5678',
      patientNo: 'A123-4'
    })
    expect(result.data?.fee).toBe(1000)
  })

  it('refuses a 9-digit phone number and a 6-digit 〒 with messages that say what to type', () => {
    const m = messages(input({ person: { phone: '03-123-4567', postalCode: '105-001' } }))
    expect(m['person.phone']?.[0]).toContain('固定電話は10桁')
    expect(m['person.postalCode']).toEqual(['郵便番号は7桁の数字で入力してください(例: 105-0001)'])
  })

  it('refuses a received date in the future but accepts today and a back-dated post', () => {
    expect(messages(input({ receivedOn: '2026-11-26' })).receivedOn).toEqual(['受付日に未来の日付は入力できません'])
    expect(schema.safeParse(input({ receivedOn: TODAY })).success).toBe(true)
    expect(schema.safeParse(input({ receivedOn: '2026-11-10', channel: 'post' })).success).toBe(true)
  })

  it('refuses kanji in the フリガナ, but takes hiragana', () => {
    expect(messages(input({ person: { nameKana: '山田 タロウ' } }))['person.nameKana']).toEqual([
      'フリガナはカタカナまたはひらがなで入力してください'
    ])
    expect(schema.safeParse(input({ person: { nameKana: 'やまだ たろう' } })).success).toBe(true)
  })

  it('asks an agent for their name and relation to the person', () => {
    const m = messages(input({ requester: { type: 'legalAgent', agentName: '', relation: '' } }))
    expect(m['requester.agentName']).toEqual(['請求者(代理人・遺族)の氏名を入力してください'])
    expect(m['requester.relation']).toEqual(['本人との関係を入力してください(例: 長男、成年後見人)'])
    const ok = schema.parse(input({ requester: { type: 'voluntaryAgent', agentName: '山田 一郎', relation: '長男' } }))
    expect(ok.requester).toMatchObject({ type: 'voluntaryAgent', agentName: '山田 一郎', relation: '長男' })
  })

  it('forgets agent details typed before switching back to 本人', () => {
    const parsed = schema.parse(input({ requester: { type: 'self', agentName: '山田 一郎', relation: '長男' } }))
    expect(parsed.requester).toEqual({
      type: 'self',
      agentName: '',
      agentKana: '',
      relation: '',
      postalCode: '',
      address: '',
      phone: '',
      email: ''
    })
  })

  it('drops a fee for a correction request (APPI 38条: correction is free)', () => {
    const parsed = schema.parse(input({ kind: 'correction', fee: 1000, disclosureMethod: null }))
    expect(parsed.fee).toBeNull()
    expect(schema.parse(input({ kind: 'suspension', fee: 500, disclosureMethod: null })).fee).toBeNull()
    expect(schema.parse(input({ kind: 'purpose', fee: 500, disclosureMethod: null })).fee).toBe(500)
  })

  it('drops a disclosure method for a complaint', () => {
    const parsed = schema.parse(
      input({ kind: 'complaint', disclosureMethod: 'electronic', fee: null, details: '受付の対応について' })
    )
    expect(parsed.disclosureMethod).toBeNull()
    expect(parsed.dataCategories).toEqual([])
  })

  it('asks for a disclosure method when a disclosure request has none', () => {
    expect(messages(input({ disclosureMethod: null })).disclosureMethod).toEqual(['開示の方法を選んでください'])
  })

  it.each([
    ['details', { details: '本人確認のためマイナンバー 1234 5678 9012 を提示' }, 'details'],
    ['dataOther', { dataOther: '番号123456789012に関する記録' }, 'dataOther'],
    ['address', { person: { address: '東京都港区 1234-5678-9012' } }, 'person.address']
  ] as const)('refuses a 12-digit My Number in %s with a message saying to delete it', (_field, o, path) => {
    expect(messages(input(o as Overrides))[path]).toEqual([MY_NUMBER_MESSAGE])
    expect(MY_NUMBER_MESSAGE).toMatch(/個人番号.*削除してください/)
  })

  it('accepts free text with ordinary numbers (phone numbers, dates)', () => {
    expect(schema.safeParse(input({ details: '11月20日 03-1234-5678 に折り返し' })).success).toBe(true)
  })

  it('on an empty form names every missing field at once, with a phone that is too short', () => {
    const m = messages(
      input({ person: { name: '', nameKana: '', birthDate: '', phone: '03-12' }, disclosureMethod: null })
    )
    expect(m['person.name']).toEqual(['氏名を入力してください'])
    expect(m['person.nameKana']).toEqual(['フリガナを入力してください'])
    expect(m['person.birthDate']).toEqual(['生年月日を入力してください(例: S30.5.10、1955-05-10)'])
    expect(m.disclosureMethod).toEqual(['開示の方法を選んでください'])
    expect(m['person.phone']).toHaveLength(1)
  })

  it('logs a complaint anonymously with no name, reading or birth date, but not a disclosure request', () => {
    const blank = { name: '', nameKana: '', birthDate: '', patientNo: '' }
    const complaint = input({ kind: 'complaint', anonymous: true, person: { ...blank, phone: '090-1234-5678' } })
    const parsed = schema.parse(complaint)
    expect(parsed.person).toMatchObject({ name: '匿名', nameKana: '', birthDate: '', phone: '090-1234-5678' })
    expect(parsed).not.toHaveProperty('anonymous')
    expect(messages(input({ kind: 'disclosure', anonymous: true, person: blank }))['person.name']).toEqual([
      '氏名を入力してください'
    ])
  })

  it('keeps an agent’s 〒, address, phone and mail, normalised, and drops them for 本人', () => {
    const contact = {
      postalCode: '１０５０００１',
      address: '東京都港区虎ノ門1-1',
      phone: '０９０１２３４５６７８',
      email: 'ａ@example.jp'
    }
    const agent = schema.parse(
      input({ requester: { type: 'voluntaryAgent', agentName: '佐々木 弁護', relation: '弁護士', ...contact } })
    )
    expect(agent.requester).toMatchObject({ postalCode: '105-0001', phone: '09012345678', email: 'a@example.jp' })
    const self = schema.parse(input({ requester: { type: 'self', ...contact } }))
    expect(self.requester.address).toBe('')
  })
})
