/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import { REQUEST_KINDS, REQUEST_KIND_IDS, kindById } from '../../../src/renderer/src/domain/catalogue'
import { OUTCOMES, disclosesData, handsOverSomething } from '../../../src/renderer/src/domain/outcomes'
import { readPolicyText } from '../policyText'

const policyLines = readPolicyText()
  .split(/\r?\n/)
  .map((l) => l.trim())

/** The product's table of request kinds (id, label, APPI article, policy section), in the order screens list them. */
const EXPECTED_KINDS = [
  ['purpose', '利用目的の通知', '32条2項', '個人情報の取得と利用'],
  ['disclosure', '保有個人データの開示', '33条1項', '個人情報の開示'],
  ['thirdPartyRecord', '第三者提供記録の開示', '33条5項', '個人情報の管理と保護'],
  ['correction', '訂正・追加・削除', '34条', '個人情報の訂正及び削除'],
  ['suspension', '利用停止・消去', '35条1項・5項', '個人情報の利用停止等'],
  ['thirdPartyStop', '第三者提供の停止', '35条3項・5項', '個人情報の管理と保護'],
  ['marketingOptOut', '広告・DM等の配信停止', '(利用目的(3)(8))', '個人情報の取得と利用'],
  ['bereaved', '遺族への診療情報の提供', '(診療情報の提供等に関する指針 9)', '—'],
  ['complaint', '苦情', '40条', '苦情及び相談の対応'],
  ['inquiry', '相談・問い合わせ (クッキー・広告配信を含む)', '40条', 'クッキーの利用について / お問い合わせ窓口']
].map(([id = '', label = '', article = '', section = '']) => ({ id, label, article, section }))

describe('request-kind catalogue', () => {
  const fromSpec = EXPECTED_KINDS

  it('holds exactly the ten kinds of the product table, in its order, with their labels and articles', () => {
    expect(fromSpec).toHaveLength(10)
    expect(REQUEST_KIND_IDS).toHaveLength(10)
    expect(REQUEST_KINDS.map((k) => ({ id: k.id, label: k.label, article: k.article }))).toEqual(
      fromSpec.map(({ id, label, article }) => ({ id, label, article }))
    )
    expect(REQUEST_KINDS.map((k) => k.id)).toEqual([...REQUEST_KIND_IDS])
  })

  it('names the policy section of the product table, and that section exists in the shipped policy', () => {
    for (const row of fromSpec.filter((r) => !r.section.startsWith('—'))) {
      const kind = kindById(row.id as (typeof REQUEST_KIND_IDS)[number])
      expect(kind.policySection, row.id).toBe(row.section)
      for (const heading of kind.policySection.split(' / ')) expect(policyLines, heading).toContain(heading)
    }
  })

  it('allows a fee only for purpose, disclosure, third-party records and the bereaved (APPI 38条)', () => {
    const withFee = REQUEST_KINDS.filter((k) => k.feeAllowed)
      .map((k) => k.id)
      .sort()
    expect(withFee).toEqual(['bereaved', 'disclosure', 'purpose', 'thirdPartyRecord'])
    expect(kindById('correction').feeAllowed).toBe(false)
    expect(kindById('suspension').feeAllowed).toBe(false)
  })

  it.each(REQUEST_KINDS.map((k) => [k.id, k] as const))(
    '%s: every outcome exists and has a letter template',
    (_id, kind) => {
      expect(kind.outcomes.length).toBeGreaterThan(0)
      const known = new Set(OUTCOMES.map((o) => o.id))
      for (const outcome of kind.outcomes) {
        expect(known.has(outcome), outcome).toBe(true)
        expect(kind.letterByOutcome[outcome], `${kind.id}/${outcome}`).toEqual(expect.stringMatching(/\S/))
      }
    }
  )

  it('asks no disclosure method for complaints and inquiries, but does for disclosure requests', () => {
    expect(kindById('complaint').asksDisclosureMethod).toBe(false)
    expect(kindById('inquiry').asksDisclosureMethod).toBe(false)
    expect(kindById('disclosure').asksDisclosureMethod).toBe(true)
    expect(kindById('thirdPartyRecord').asksDisclosureMethod).toBe(true)
  })

  it('offers the outcomes the product defines for disclosure, correction and suspension', () => {
    expect(kindById('disclosure').outcomes).toEqual(['fullDisclosure', 'partialDisclosure', 'nonDisclosure', 'noData'])
    expect(kindById('correction').outcomes).toEqual(['done', 'notDone'])
    expect(kindById('suspension').outcomes).toEqual(['done', 'alternative', 'notDone'])
    expect(kindById('thirdPartyStop').outcomes).toEqual(['done', 'alternative', 'notDone'])
  })

  it('lets only complaints and inquiries proceed without identity verification', () => {
    expect(
      REQUEST_KINDS.filter((k) => !k.identityRequired)
        .map((k) => k.id)
        .sort()
    ).toEqual(['complaint', 'inquiry'])
  })
})

describe('what each outcome hands over (one table for the decision form and the letter)', () => {
  it('discloses data for full and partial disclosure and provision only', () => {
    expect(OUTCOMES.filter((o) => disclosesData(o.id)).map((o) => o.id)).toEqual([
      'fullDisclosure',
      'partialDisclosure',
      'provided',
      'partiallyProvided'
    ])
  })

  it('charges a fee for those and for the notice of purposes, never for refusals', () => {
    expect(OUTCOMES.filter((o) => handsOverSomething(o.id)).map((o) => o.id)).toEqual([
      'notify',
      'fullDisclosure',
      'partialDisclosure',
      'provided',
      'partiallyProvided'
    ])
  })
})
