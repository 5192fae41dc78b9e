import { describe, expect, it } from 'vitest'
import {
  assessIdentity,
  IDENTITY_DOCS,
  identityDocById,
  identityDocLabel,
  identityRequirements,
  REMOTE_NOTICE
} from '../../../src/renderer/src/domain/identityDocs'
import { REQUESTER_TYPES } from '../../../src/renderer/src/domain/catalogue'

describe('identity document catalogue', () => {
  it('has unique ids and names the documents the clinic accepts', () => {
    const ids = IDENTITY_DOCS.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    const labels = IDENTITY_DOCS.map((d) => d.label).join('\n')
    for (const name of [
      '運転免許証',
      'マイナンバーカード(表面のみ)',
      'パスポート',
      '在留カード',
      '身体障害者手帳',
      '運転経歴証明書',
      '健康保険の資格確認書・保険証',
      '年金手帳・基礎年金番号通知書',
      '住民票の写し',
      '印鑑登録証明書',
      '公共料金の領収書',
      '委任状',
      '戸籍謄本',
      '登記事項証明書(成年後見)',
      '代理人本人の身分証',
      '死亡の事実がわかる書類'
    ]) {
      expect(labels).toContain(name)
    }
  })

  it('marks documents that must be recent and says so in the label', () => {
    const resident = identityDocById('residentRecord')
    expect(resident?.recentMonths).toBe(3)
    expect(resident && identityDocLabel(resident)).toBe('住民票の写し(発行後3か月以内)')
    const licence = identityDocById('driversLicense')
    expect(licence && identityDocLabel(licence)).toBe('運転免許証')
  })

  it('warns against copying the numbers on the My Number card and the insurance card', () => {
    expect(identityDocById('myNumberCard')?.caution).toContain('裏面の個人番号は見ない・写さない')
    expect(identityDocById('healthInsurance')?.caution).toContain('記号・番号は書き写さない')
  })
})

describe('identityRequirements', () => {
  it('cannot complete a check by phone or e-mail and says to come to the counter or post documents', () => {
    for (const channel of ['phone', 'email', 'other'] as const) {
      const r = identityRequirements(channel, 'self')
      expect(r.completable).toBe(false)
      expect(r.notice).toContain('窓口')
      expect(r.notice).toContain('郵送')
      expect(r.groups).toEqual([])
    }
  })

  it('offers photo and non-photo documents to a person at the counter, but no agent documents', () => {
    const r = identityRequirements('counter', 'self')
    expect(r.groups.map((g) => g.id)).toEqual(['photo', 'nonPhoto'])
    expect(r.lines.join('')).toContain('顔写真付きの書類1点、または顔写真のない書類2点')
  })

  it('asks by post for copies plus the original 住民票', () => {
    const r = identityRequirements('post', 'self')
    expect(r.lines.join('')).toContain('写しで可')
    expect(r.lines.join('')).toContain('住民票の写しの原本')
  })

  it('offers agent documents to agents and relationship proof to the bereaved', () => {
    const voluntary = identityRequirements('counter', 'voluntaryAgent')
    expect(voluntary.groups.find((g) => g.id === 'agent')?.docs.map((d) => d.id)).toEqual([
      'powerOfAttorney',
      'agentId'
    ])
    const legal = identityRequirements('counter', 'legalAgent')
    expect(legal.groups.map((g) => g.id)).toEqual(['agent'])
    expect(legal.groups[0]?.docs.map((d) => d.id)).toEqual(['familyRegister', 'guardianshipCert', 'agentId'])
    const bereaved = identityRequirements('counter', 'bereaved')
    expect(bereaved.groups.map((g) => g.id)).toEqual(['photo', 'nonPhoto', 'bereaved'])
  })

  it('gives every requester type at every channel something to show', () => {
    for (const t of REQUESTER_TYPES) {
      for (const channel of ['counter', 'post'] as const) {
        const r = identityRequirements(channel, t.id)
        expect(r.lines.length).toBeGreaterThan(0)
        expect(r.groups.every((g) => g.docs.length > 0)).toBe(true)
      }
    }
  })
})

describe('assessIdentity', () => {
  it('accepts one photo ID at the counter', () => {
    expect(assessIdentity(['driversLicense'], 'counter', 'self')).toEqual({ sufficient: true, missing: [] })
  })

  it('accepts two non-photo documents and says one more is needed when only one is seen', () => {
    expect(assessIdentity(['healthInsurance', 'pensionBook'], 'counter', 'self').sufficient).toBe(true)
    const one = assessIdentity(['healthInsurance'], 'counter', 'self')
    expect(one.sufficient).toBe(false)
    expect(one.missing).toEqual(['本人の顔写真のない書類をもう1点(または顔写真付きの書類1点)'])
  })

  it('says what is needed when nothing was seen', () => {
    expect(assessIdentity([], 'counter', 'self').missing).toEqual([
      '本人の顔写真付きの書類1点、または顔写真のない書類2点'
    ])
  })

  it('never completes by phone or e-mail, whatever was ticked', () => {
    expect(assessIdentity(['driversLicense', 'passport'], 'phone', 'self')).toEqual({
      sufficient: false,
      missing: [REMOTE_NOTICE]
    })
    expect(assessIdentity(['driversLicense'], 'email', 'self').sufficient).toBe(false)
  })

  it('needs the original 住民票 by post, which also counts as one non-photo document', () => {
    expect(assessIdentity(['driversLicense'], 'post', 'self').missing).toEqual(['住民票の写しの原本(発行後3か月以内)'])
    expect(assessIdentity(['driversLicense', 'residentRecord'], 'post', 'self').sufficient).toBe(true)
    expect(assessIdentity(['healthInsurance', 'residentRecord'], 'post', 'self').sufficient).toBe(true)
  })

  it("needs a power of attorney, the agent's own ID and the person's ID for a voluntary agent", () => {
    expect(
      assessIdentity(['powerOfAttorney', 'agentId', 'driversLicense'], 'counter', 'voluntaryAgent').sufficient
    ).toBe(true)
    const onlyLetter = assessIdentity(['powerOfAttorney'], 'counter', 'voluntaryAgent')
    expect(onlyLetter.missing).toEqual([
      '本人(患者)の顔写真付きの書類1点、または顔写真のない書類2点',
      '代理人本人の身分証'
    ])
  })

  it("does not count the agent's own 住民票 by post as one of the person's documents", () => {
    const r = assessIdentity(
      ['powerOfAttorney', 'agentId', 'healthInsurance', 'residentRecord'],
      'post',
      'voluntaryAgent'
    )
    expect(r.missing).toEqual(['本人(患者)の顔写真のない書類をもう1点(または顔写真付きの書類1点)'])
  })

  it("accepts a family register or a guardianship certificate with the agent's ID for a legal agent", () => {
    expect(assessIdentity(['familyRegister', 'agentId'], 'counter', 'legalAgent').sufficient).toBe(true)
    expect(assessIdentity(['guardianshipCert', 'agentId'], 'counter', 'legalAgent').sufficient).toBe(true)
    expect(assessIdentity(['agentId'], 'counter', 'legalAgent').missing).toEqual([
      '代理権を確認する書類(親権者は戸籍謄本、成年後見人は登記事項証明書)'
    ])
    expect(assessIdentity(['guardianshipCert', 'agentId'], 'post', 'legalAgent').missing).toEqual([
      '住民票の写しの原本(発行後3か月以内・代理人のもの)'
    ])
  })

  it("needs the requester's ID, the relationship and the death for the bereaved", () => {
    expect(assessIdentity(['passport', 'relationshipProof', 'deathProof'], 'counter', 'bereaved').sufficient).toBe(true)
    expect(assessIdentity(['passport'], 'counter', 'bereaved').missing).toEqual([
      '患者との続柄がわかる書類(戸籍謄本 等)',
      '死亡の事実がわかる書類(除籍謄本・死亡診断書の写し 等)'
    ])
  })

  it('ignores documents that do not apply to the requester and unknown ids', () => {
    // A 委任状 proves nothing about a person asking for themself.
    expect(assessIdentity(['powerOfAttorney', 'agentId', 'no-such-doc'], 'counter', 'self').sufficient).toBe(false)
    expect(assessIdentity(['deathProof', 'relationshipProof'], 'counter', 'voluntaryAgent').missing).toContain(
      '委任状(本人の署名・押印があるもの)'
    )
  })
})
