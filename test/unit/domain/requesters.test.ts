import { describe, expect, it } from 'vitest'
import { REQUESTER_TYPES, type RequesterTypeId } from '../../../src/renderer/src/domain/catalogue'
import { assessIdentity, identityRequirements } from '../../../src/renderer/src/domain/identityDocs'
import { makeIntakeSchema } from '../../../src/renderer/src/domain/intakeSchema'
import { requesterInfoSchema } from '../../../src/renderer/src/domain/records/request'
import { ageOn, asksMinorView, requesterAsStored } from '../../../src/renderer/src/domain/requesters'
import { SELF_REQUESTER } from '../../../src/renderer/src/domain/request'

describe('who may ask (指針 7(2), 9)', () => {
  it('keeps the stored requester ids and adds the new ones after them', () => {
    expect(REQUESTER_TYPES.map((t) => t.id)).toEqual([
      'self',
      'legalAgent',
      'voluntaryAgent',
      'bereaved',
      'voluntaryGuardian',
      'caringRelative',
      'bereavedLegalAgent'
    ])
  })

  it('reads a requester stored before the relationship and the minor’s view were kept', () => {
    const old = { type: 'bereaved', agentName: '山田 一郎', agentKana: '', relation: '長男' }
    const parsed = requesterInfoSchema.parse(old)
    expect(parsed.bereavedRelation).toBeUndefined()
    expect('minorView' in parsed).toBe(false)
  })

  // type, documents seen at the counter, sufficient, what is still missing
  const counterCases: [RequesterTypeId, string[], boolean, string[]][] = [
    ['voluntaryGuardian', ['voluntaryGuardianCert', 'agentId'], true, []],
    ['voluntaryGuardian', ['agentId'], false, ['任意後見の登記事項証明書(代理権の範囲がわかるもの)']],
    // A 任意後見人 is not a 成年後見人: the 法定後見 certificate does not stand in for the 任意後見 one.
    [
      'voluntaryGuardian',
      ['guardianshipCert', 'agentId'],
      false,
      ['任意後見の登記事項証明書(代理権の範囲がわかるもの)']
    ],
    ['voluntaryGuardian', ['voluntaryGuardianCert'], false, ['代理人本人の身分証']],
    ['caringRelative', ['caringRelationProof', 'agentId'], true, []],
    ['caringRelative', ['agentId'], false, ['患者との続柄がわかる書類(戸籍謄本・住民票 等)']],
    ['bereavedLegalAgent', ['familyRegister', 'agentId', 'relationshipProof', 'deathProof'], true, []],
    [
      'bereavedLegalAgent',
      ['agentId', 'relationshipProof', 'deathProof'],
      false,
      ['代理権を確認する書類(親権者は戸籍謄本、成年後見人は登記事項証明書)']
    ],
    [
      'bereavedLegalAgent',
      ['familyRegister', 'agentId'],
      false,
      ['患者との続柄がわかる書類(戸籍謄本 等)', '死亡の事実がわかる書類(除籍謄本・死亡診断書の写し 等)']
    ],
    ['bereaved', ['driversLicense', 'relationshipProof', 'deathProof'], true, []],
    ['legalAgent', ['guardianshipCert', 'agentId'], true, []]
  ]
  it.each(counterCases)('at the counter, %s with %j: sufficient %s', (type, docs, sufficient, missing) => {
    const r = assessIdentity(docs, 'counter', type)
    expect(r.sufficient).toBe(sufficient)
    expect(r.missing).toEqual(missing)
  })

  it.each([['voluntaryGuardian'], ['caringRelative'], ['bereavedLegalAgent']] as const)(
    'by post, %s also sends their own 住民票',
    (type) => {
      const groups = identityRequirements('post', type).groups.map((g) => g.id)
      expect(groups).not.toContain('photo')
      expect(groups).toContain('agent')
      expect(assessIdentity(['agentId'], 'post', type).missing).toContain(
        '住民票の写しの原本(発行後3か月以内・代理人のもの)'
      )
    }
  )

  it('offers the bereaved documents (除籍謄本 and 戸籍) to the bereaved and their 法定代理人 only', () => {
    const bereavedDocs = (t: RequesterTypeId) =>
      identityRequirements('counter', t)
        .groups.filter((g) => g.id === 'bereaved')
        .flatMap((g) => g.docs.map((d) => d.id))
    expect(bereavedDocs('bereaved')).toEqual(['relationshipProof', 'deathProof'])
    expect(bereavedDocs('bereavedLegalAgent')).toEqual(['relationshipProof', 'deathProof'])
    expect(bereavedDocs('caringRelative')).toEqual([])
  })

  // birth date, receipt date, age
  const ages: [string, string, number | null][] = [
    ['2010-06-01', '2026-05-31', 15],
    ['2010-06-01', '2026-06-01', 16],
    ['2008-06-01', '2026-06-01', 18],
    ['', '2026-06-01', null]
  ]
  it.each(ages)('born %s is on %s aged %s', (birth, on, age) => expect(ageOn(birth, on)).toBe(age))

  // type, birth date, asks for the minor's own view on 2026-06-01
  const minor: [RequesterTypeId, string, boolean][] = [
    ['legalAgent', '2011-06-01', true], // 15
    ['legalAgent', '2011-06-02', false], // 14
    ['legalAgent', '2008-06-02', true], // 17
    ['legalAgent', '2008-06-01', false], // 18: an adult
    ['voluntaryAgent', '2010-01-01', false]
  ]
  it.each(minor)('%s for a patient born %s: asks the minor’s view %s', (type, birth, asks) =>
    expect(asksMinorView(type, birth, '2026-06-01')).toBe(asks)
  )

  it('stores the minor’s view and the bereaved relationship only where they apply', () => {
    const agent = { ...SELF_REQUESTER, type: 'legalAgent' as const, minorView: 'objected' as const }
    expect(requesterAsStored(agent, '2010-01-01', '2026-06-01').minorView).toBe('objected')
    expect('minorView' in requesterAsStored(agent, '2000-01-01', '2026-06-01')).toBe(false)
    const relative = { ...SELF_REQUESTER, type: 'caringRelative' as const, bereavedRelation: 'child' as const }
    expect('bereavedRelation' in requesterAsStored(relative, '1950-01-01', '2026-06-01')).toBe(false)
  })

  const intake = (requester: Record<string, unknown>) => ({
    receivedOn: '2026-06-01',
    channel: 'counter',
    kind: 'bereaved',
    person: {
      name: '山田 太郎',
      nameKana: 'ヤマダ タロウ',
      birthDate: '1940-01-01',
      patientNo: '',
      postalCode: '',
      address: '',
      phone: '',
      email: ''
    },
    requester: {
      agentName: '山田 一郎',
      agentKana: '',
      relation: '長男',
      postalCode: '',
      address: '',
      phone: '',
      email: '',
      ...requester
    },
    dataCategories: ['medicalRecord'],
    dataOther: '',
    requestGrounds: [],
    disclosureMethod: 'paper',
    fee: null,
    details: ''
  })

  it('asks the bereaved for their relationship to the patient at the counter, not on a ledger import', () => {
    const noRelation = intake({ type: 'bereaved', bereavedRelation: '' })
    const counter = makeIntakeSchema('2026-06-01').safeParse(noRelation)
    expect(counter.success).toBe(false)
    expect(counter.error?.issues.map((i) => i.message)).toContain(
      '遺族の続柄(配偶者・子・父母・これらに準ずる者)を選んでください'
    )
    expect(makeIntakeSchema('2026-06-01', { fromLedger: true }).safeParse(noRelation).success).toBe(true)
    const ok = makeIntakeSchema('2026-06-01').parse(intake({ type: 'bereavedLegalAgent', bereavedRelation: 'child' }))
    expect(ok.requester.bereavedRelation).toBe('child')
    expect('minorView' in ok.requester).toBe(false)
  })
})
